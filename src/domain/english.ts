/**
 * Whether the English half of the string catalogue is here. In tests, scripts, web workers and
 * the dev server it always is: the catalogue modules hold both languages. In the page's build
 * (scripts/vite-catalogue.ts) this module is replaced by one whose English arrives in a chunk of
 * its own, so a Japanese page never fetches it; the app awaits loadEnglish() before its state
 * turns to English (components/app/store.ts).
 */

/** Resolves once every catalogue entry's `en` is its English. */
export function loadEnglish(): Promise<void> {
  return Promise.resolve();
}

/** Whether `en` already reads English (until then it reads the Japanese). */
export function englishLoaded(): boolean {
  return true;
}
