// First, so the data starts downloading before anything else runs.
import './startLoading.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './render/registerServiceWorker.ts';
import './app.css';

mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
