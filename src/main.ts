import { mount } from 'svelte';
import App from './App.svelte';
import { appUpdate } from './state/app-update.svelte';
import './app.css';

mount(App, { target: document.getElementById('app')! });
appUpdate.start();
