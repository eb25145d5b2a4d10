import { registerSW } from 'virtual:pwa-register';
import './components/update-prompt.ts';

/**
 * Registers the service worker (scripts/vite-pwa.ts) after the first render. A new deployment's
 * worker waits: the prompt asks before it takes over and the page reloads, so one session never
 * runs the old app on new data or the reverse.
 */
export function registerPwa(): void {
  if (!('serviceWorker' in navigator)) return;
  const prompt = document.createElement('update-prompt');
  document.body.append(prompt);
  const update = registerSW({
    onNeedRefresh: () => prompt.show('update', () => void update(true)),
    onOfflineReady: () => prompt.show('offline'),
  });
}
