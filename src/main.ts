import './print.css';
import { preloadShippedNames, registerAllRegular } from './components/app/fonts.ts';
import { FIRST_DRAW } from './components/events.ts';
import './components/senkon-app.ts';

// The faces of the app's own text and data (and the map's names loading); the others follow the
// first draw (below).
void preloadShippedNames();
// What the first screen does not need waits until the map has drawn: the service worker (its
// precache downloads and the code would compete with the first render) and the regular faces no
// built-in text uses. A page whose map never draws has them anyway.
let registered = false;
const register = (): void => {
  if (registered) return;
  registered = true;
  requestIdleCallback(() => {
    void registerAllRegular();
    void import('./pwa.ts').then((m) => m.registerPwa());
  });
};
window.addEventListener(FIRST_DRAW, register, { once: true });
window.addEventListener('load', () => setTimeout(register, 20_000), { once: true });
