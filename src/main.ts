// First, so the data starts downloading before anything else runs.
import './startLoading.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './render/registerServiceWorker.ts';
import './app.css';

// On a phone the list is the first view (see Explorer): its code downloads with the data, not after.
if (window.matchMedia('(max-width: 639px)').matches) void import('./render/ListView.svelte');

mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
