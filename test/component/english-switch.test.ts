// @vitest-environment happy-dom
import { LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppStore, type UrlPort } from '../../src/components/app/store.ts';

/** The English half of the catalogue as the page's build has it: a chunk that arrives when the test says. */
const english = vi.hoisted(() => {
  const s = {
    loaded: false,
    calls: 0,
    /** Resolves (true) or fails (false) the load on its way. */
    settle: (() => undefined) as (ok: boolean) => void,
    load(): Promise<void> {
      s.calls++;
      return new Promise<void>((resolve, reject) => {
        s.settle = (ok) => (ok ? ((s.loaded = true), resolve()) : reject(new Error('offline')));
      });
    },
  };
  return s;
});
vi.mock('../../src/domain/english.ts', () => ({
  englishLoaded: () => english.loaded,
  loadEnglish: () => (english.loaded ? Promise.resolve() : english.load()),
}));

function memoryUrl(search: string): UrlPort {
  let current = search;
  return {
    search: () => current,
    path: () => '/app/',
    hash: () => '',
    push: (url) => void (current = url.slice('/app/'.length)),
    replace: (url) => void (current = url.slice('/app/'.length)),
  };
}

class Host extends LitElement {}
customElements.define('english-host', Host);

const storeAt = (search: string) => {
  const host = document.createElement('english-host') as Host;
  document.body.append(host);
  const url = memoryUrl(search);
  const restored = vi.fn();
  return { store: new AppStore(host, url, restored), url, restored };
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  english.loaded = false;
  english.calls = 0;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the English strings come before English state', () => {
  it('a Japanese page neither loads nor waits for them', () => {
    const { store } = storeAt('?sel=project:p1');
    expect(store.starting).toBeNull();
    expect(english.calls).toBe(0);
  });

  it('an English URL is English from the start, with `starting` to hold the first render until they are in', async () => {
    const { store } = storeAt('?lang=en');
    expect(store.state.lang).toBe('en');
    const starting = store.starting;
    expect(starting).not.toBeNull();
    english.settle(true);
    await starting;
    expect(store.starting).toBeNull();
    expect(store.state.lang).toBe('en');
  });

  it('should they not load, an English URL starts in Japanese, and stays so when the URL is read again', async () => {
    const { store } = storeAt('?lang=en');
    const starting = store.starting;
    english.settle(false);
    await starting;
    expect(store.state.lang).toBe('ja');
    expect(store.restore().lang).toBe('ja');
  });

  it('the language switch waits for them; other actions do not', async () => {
    const { store } = storeAt('');
    store.dispatch({ type: 'set-lang', lang: 'en' });
    store.dispatch({ type: 'select', selection: { kind: 'area', id: '01206' } });
    expect(store.state).toMatchObject({ lang: 'ja', selection: { kind: 'area', id: '01206' } });
    english.settle(true);
    await tick();
    expect(store.state.lang).toBe('en');
    // Loaded once, the switch is at once both ways.
    store.dispatch({ type: 'set-lang', lang: 'ja' });
    store.dispatch({ type: 'set-lang', lang: 'en' });
    expect(store.state.lang).toBe('en');
    expect(english.calls).toBe(1);
  });

  it('a switch whose strings fail to load leaves the page as it is', async () => {
    const { store } = storeAt('');
    store.dispatch({ type: 'set-lang', lang: 'en' });
    english.settle(false);
    await tick();
    expect(store.state.lang).toBe('ja');
    expect(console.error).toHaveBeenCalled();
  });

  it('the back button to an English URL restores once they are in', async () => {
    const { store, url, restored } = storeAt('');
    store.hostConnected();
    url.push('/app/?lang=en');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(restored).not.toHaveBeenCalled();
    expect(store.state.lang).toBe('ja');
    english.settle(true);
    await tick();
    expect(restored).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en' }));
    store.hostDisconnected();
  });
});
