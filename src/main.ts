import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n/locale.svelte';
import { appUpdate } from './state/app-update.svelte';
import './app.css';

// The interface shows once its language's texts are here: never a key in place of a word.
await locale.ready();
mount(App, { target: document.getElementById('app')! });
appUpdate.start();
