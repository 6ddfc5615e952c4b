import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';

// jsdom has no canvas; say so quietly, as a browser with canvas blocked does, instead of logging "not implemented".
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

afterEach(() => cleanup());
