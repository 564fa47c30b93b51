import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { platformOf } from './lib/platform';
import { startup } from './lib/startup';

startup.mark('script');
// Before the first layout: app.css picks the platform's font stack from this.
document.documentElement.dataset.platform = platformOf(navigator.userAgent);

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

export default mount(App, { target });
