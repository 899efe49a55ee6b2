// Renderer entry: mounts the app. Works the same in the Electron window and in `factdeck serve`.
import { mount } from 'svelte';
import App from './App.svelte';
import './styles.css';

mount(App, { target: document.getElementById('app')! });
