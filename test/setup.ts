import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';
import { loadMessages } from '../src/i18n/message-tables';

// jsdom has no canvas; say so quietly, as a browser with canvas blocked does, instead of logging "not implemented".
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

// The app fetches a language's texts before it shows them; the tests have both from the start.
await Promise.all([loadMessages('es'), loadMessages('en')]);

afterEach(() => cleanup());
