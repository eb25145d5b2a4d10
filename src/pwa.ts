import { registerSW } from 'virtual:pwa-register';
import './components/update-prompt.ts';

/** How long a click on 更新する may wait for the new worker before the page reloads anyway. */
const STUCK_UPDATE_MS = 3000;

/**
 * Registers the service worker (scripts/vite-pwa.ts) after the first render. A new deployment's
 * worker waits: the prompt asks before it takes over and the page reloads, so one session never
 * runs the old app on new data or the reverse.
 */
export function registerPwa(): void {
  if (!('serviceWorker' in navigator)) return;
  const prompt = document.createElement('update-prompt');
  document.body.append(prompt);
  // One reload, whichever says first that the new worker controls the page: the plugin's
  // 'controlling' hook skips it when workbox counts the update as external (seen on a slow CI run).
  let reloading = false;
  const reload = (): void => {
    if (reloading) return;
    reloading = true;
    location.reload();
  };
  const accept = (): void => {
    navigator.serviceWorker.addEventListener('controllerchange', reload);
    void update(true);
    // Chromium activates a skip-waiting worker only once the old one has no event in flight; with
    // loads of this page still pending it stayed waiting for good (3 in 10 e2e runs). Leaving the
    // page ends those loads, so the new worker activates before the reloaded page is served.
    window.setTimeout(reload, STUCK_UPDATE_MS);
  };
  const update = registerSW({
    onNeedRefresh: () => prompt.show('update', accept),
    onNeedReload: reload,
    onOfflineReady: () => prompt.show('offline'),
  });
}
