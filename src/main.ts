import { register as registerRegularFont } from 'virtual:font-faces/@fontsource/noto-sans-jp/400';
import './print.css';
import { FIRST_DRAW } from './components/events.ts';
import './components/senkon-app.ts';

void registerRegularFont();
// The service worker (and its script) waits until the map has drawn: its precache downloads and
// the code would compete with the first render. A page whose map never draws registers it anyway.
let registered = false;
const register = (): void => {
  if (registered) return;
  registered = true;
  requestIdleCallback(() => void import('./pwa.ts').then((m) => m.registerPwa()));
};
window.addEventListener(FIRST_DRAW, register, { once: true });
window.addEventListener('load', () => setTimeout(register, 20_000), { once: true });
