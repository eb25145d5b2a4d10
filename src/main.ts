import { register as registerRegularFont } from 'virtual:font-faces/@fontsource/noto-sans-jp/400';
import './print.css';
import './components/senkon-app.ts';

void registerRegularFont();
// The service worker waits until the page has loaded: its precache downloads would compete with the first render.
window.addEventListener('load', () => requestIdleCallback(() => void import('./pwa.ts').then((m) => m.registerPwa())), { once: true });
