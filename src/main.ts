// First, so the data starts downloading before anything else runs.
import { mode } from './startLoading.ts';
import { firstView, NARROW_QUERY } from './state/appMode.ts';
import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './render/registerServiceWorker.ts';
import './app.css';

// On a phone the list is the first view (see Explorer): its code downloads with the data, not after.
if (firstView(window.matchMedia(NARROW_QUERY).matches, mode.embed) === 'list')
  void import('./render/ListView.svelte');

mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
