// @vitest-environment happy-dom
import { ContextConsumer } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataController } from '../../src/components/app/data-controller.ts';
import { ImportController } from '../../src/components/app/import-controller.ts';
import { openLayers, within } from '../../src/components/app/focus-controller.ts';
import {
  LayoutController,
  PHONE_CAPTION,
  SHEET_HALF,
  closesDrawer,
  insetRight,
  layoutMode,
  mapInsets,
  panelWidth,
  screenOf,
} from '../../src/components/app/layout-controller.ts';
import { AppStore, type UrlPort } from '../../src/components/app/store.ts';
import { type AppContext, appContext } from '../../src/components/context.ts';
import { send } from '../../src/components/events.ts';
import type { Item } from '../../src/domain/data/validate.ts';
import type { ImportedLayer } from '../../src/domain/import/layer.ts';
import { tileOf } from '../../src/domain/overview.ts';
import type { RelationsData } from '../../src/domain/relations.ts';
import { type LoadedLine, loadedLineText } from '../../src/domain/import/summary.ts';
import { INITIAL_STATE } from '../../src/domain/state.ts';
import { knownIds } from '../../src/domain/known-ids.ts';
import { loadRealData } from '../load-data.ts';

const real = loadRealData();

/** A URL and history that live in the test. */
function memoryUrl(search = ''): UrlPort & { entries: string[]; replaced: string[] } {
  let current = search;
  const entries: string[] = [];
  const replaced: string[] = [];
  return {
    entries,
    replaced,
    search: () => current,
    path: () => '/app/',
    hash: () => '',
    push: (url) => void (entries.push(url), (current = url.slice('/app/'.length))),
    replace: (url) => void (replaced.push(url), (current = url.slice('/app/'.length))),
  };
}

class Child extends LitElement {
  value: AppContext | undefined;
  readonly consumer = new ContextConsumer(this, { context: appContext, subscribe: true, callback: (v) => (this.value = v) });
}
customElements.define('store-child', Child);

class StoreHost extends LitElement {
  url = memoryUrl('?lang=en&sel=project:nope');
  restored = vi.fn();
  store = new AppStore(this, this.url, this.restored);
  override updated() {
    this.store.publish({ atlas: null });
  }
  override render() {
    return html`<store-child></store-child>`;
  }
}
customElements.define('store-host', StoreHost);

afterEach(() => document.body.replaceChildren());

describe('AppStore', () => {
  it('starts from the URL, reduces the actions children send, provides the state and mirrors it in the URL', async () => {
    const host = document.createElement('store-host') as StoreHost;
    document.body.append(host);
    await host.updateComplete;
    expect(host.store.state.lang).toBe('en');
    const child = host.shadowRoot!.querySelector('store-child') as Child;
    send(child, { type: 'set-lang', lang: 'ja' });
    expect(host.store.state.lang).toBe('ja');
    await host.updateComplete;
    await Promise.resolve();
    expect(child.value?.state.lang).toBe('ja');
    // The URL follows after the frame is painted (issue 22), and then holds the change.
    expect(host.url.entries).toEqual([]);
    expect(host.store.href()).toBe('/app/?sel=project:nope');
    await host.store.mirrored;
    expect(host.url.entries).toEqual(['/app/?sel=project:nope']);
  });

  it('writes one history entry per action, in order, even when several come before a paint', async () => {
    const host = document.createElement('store-host') as StoreHost;
    document.body.append(host);
    await host.updateComplete;
    host.store.dispatch({ type: 'set-lang', lang: 'ja' });
    host.store.dispatch({ type: 'set-view', view: { center: [144.5, 43.2], zoom: 8.5, bearing: 0, pitch: 0 } });
    host.store.dispatch({ type: 'set-lang', lang: 'en' });
    await host.store.mirrored;
    expect(host.url.entries).toEqual(['/app/?sel=project:nope', expect.stringMatching(/^\/app\/\?lang=en.*v=/)]);
    expect(host.url.replaced).toEqual([expect.stringMatching(/^\/app\/\?sel=project:nope.*v=/)]);
  });

  it('a camera move replaces the history entry instead of adding one; the same URL writes nothing', async () => {
    const host = document.createElement('store-host') as StoreHost;
    document.body.append(host);
    await host.updateComplete;
    host.store.dispatch({ type: 'set-view', view: { center: [144.5, 43.2], zoom: 8.5, bearing: 0, pitch: 0 } });
    await host.store.mirrored;
    host.store.dispatch({ type: 'set-lang', lang: 'en' });
    await host.store.mirrored;
    expect(host.url.entries).toEqual([]);
    expect(host.url.replaced).toHaveLength(1);
    expect(host.url.replaced[0]).toContain('v=');
  });

  it('restore drops ids the data does not hold; the back button restores and tells the app', async () => {
    const host = document.createElement('store-host') as StoreHost;
    document.body.append(host);
    await host.updateComplete;
    expect(host.store.state.selection).toEqual({ kind: 'project', id: 'nope' });
    host.store.restore(knownIds(real.atlas));
    expect(host.store.state.selection).toBeNull();
    // What was dropped is kept for the app to say, and the URL no longer names it (issue 21.6).
    expect(host.store.dropped).toEqual({ facets: [], selection: 'project:nope', tour: null });
    expect(host.url.replaced).toEqual(['/app/?lang=en']);
    host.url.push('/app/?lang=en&sel=project:nope');
    host.store.setKnownIds(() => undefined);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(host.restored).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en', selection: { kind: 'project', id: 'nope' } }));
  });

  it('calls action listeners with the reduced state', async () => {
    const host = document.createElement('store-host') as StoreHost;
    document.body.append(host);
    const seen: string[] = [];
    host.store.onAction((a, s) => seen.push(`${a.type}:${s.selection?.id}`));
    host.store.dispatch({ type: 'select', selection: { kind: 'area', id: '01223' } });
    expect(seen).toEqual(['select:01223']);
  });
});

class DataHost extends LitElement {}
customElements.define('data-host', DataHost);

describe('DataController', () => {
  it('shows the complete data, with progress meanwhile, and says when it is complete', async () => {
    const host = document.createElement('data-host') as DataHost;
    const complete = vi.fn();
    const data = new DataController(host, {
      base: () => '/data/',
      load: async (_base, on) => {
        on.onProgress?.({ done: 1, total: 2 } as never);
        expect(data.progress).toEqual({ done: 1, total: 2 });
        return { dataset: real.dataset, issues: [], failedFiles: [] };
      },
      onComplete: complete,
    });
    const atlas = await data.load();
    expect(data.atlas).toBe(atlas);
    expect(atlas.data.items.length).toBe(real.dataset.items.length);
    expect(data.itemsLoading).toBe(false);
    expect(complete).toHaveBeenCalledWith(atlas);
  });

  it('shows the base dataset, then the complete one, each at once (onShow starts their fonts without holding them back)', async () => {
    const host = document.createElement('data-host') as DataHost;
    const shown: number[] = [];
    const base = { ...real.dataset, items: real.dataset.items.slice(0, 3) };
    let atBase: number | null = null;
    const data = new DataController(host, {
      base: () => '/data/',
      onShow: (atlas) => shown.push(atlas.data.items.length),
      load: async (_b, on) => {
        on.onBase?.({ dataset: base, issues: [], failedFiles: [] });
        // The base dataset is on screen before the items arrive.
        atBase = data.atlas?.data.items.length ?? null;
        return { dataset: real.dataset, issues: [], failedFiles: [] };
      },
    });
    const atlas = await data.load();
    expect(atBase).toBe(3);
    expect(shown).toEqual([3, real.dataset.items.length]);
    expect(data.atlas).toBe(atlas);
    expect(data.itemsLoading).toBe(false);
  });

  it("lays imported files over the data; a file loaded again replaces its layer; the tour's issues join", async () => {
    const host = document.createElement('data-host') as DataHost;
    const data = new DataController(host, { base: () => '', load: async () => ({ dataset: real.dataset, issues: [], failedFiles: [] }) });
    const early = new Map([['a.csv', { items: [real.dataset.items[0]!] }]]);
    expect(await data.addImported(early)).toBe(false);
    await data.load();
    const n = real.dataset.items.length;
    expect(data.atlas!.data.items.length).toBe(n + 1);
    const item = (id: string): Item => ({ ...real.dataset.items[1]!, properties: { ...real.dataset.items[1]!.properties, id } });
    expect(await data.addImported(new Map([['a.csv', { items: [item('x1'), item('x2')] }]]))).toBe(true);
    expect(data.atlas!.data.items.length).toBe(n + 2);
    data.addIssues([
      { file: 'tours/default.json', record: 's1', field: 'items', message: 'unknown', msg: { key: 'asIs', params: { text: 'unknown' } } },
    ]);
    expect(data.issues).toHaveLength(1);
  });
});

class ImportHost extends LitElement {}
customElements.define('import-host', ImportHost);

describe('ImportController', () => {
  const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

  it('adds the good files and reports the bad ones by file', async () => {
    const host = document.createElement('import-host') as ImportHost;
    document.body.append(host);
    const add = vi.fn(() => true);
    const done = vi.fn();
    const progress = vi.fn();
    const imports = new ImportController(host, { add, done, progress });
    await imports.importFiles([csv('ok.csv', 'name,lon,lat\nA,144.5,43.1\n'), csv('bad.csv', 'name,lon,lat\nB,999,43.1\n')]);
    expect(add).toHaveBeenCalledTimes(1);
    expect([...(add.mock.calls[0] as unknown as [Map<string, Item[]>])[0].keys()]).toEqual(['ok.csv']);
    // The notice is cleared when the read starts, then names each loaded file with its count.
    expect(done.mock.calls.map(([lines]) => (lines as LoadedLine[] | null)?.map((l) => loadedLineText(l, 'ja')) ?? null)).toEqual([
      null,
      ['ok.csv: 1件を読み込みました'],
    ]);
    // Progress: the read starts, each file is read, then the good items are added.
    expect(progress.mock.calls).toEqual([
      [{ done: 0, total: 2 }],
      [{ file: 'ok.csv', done: 1, total: 2 }],
      [{ file: 'bad.csv', done: 2, total: 2 }],
      [{ adding: 1 }],
    ]);
    expect(imports.errors.length).toBeGreaterThan(0);
    expect(imports.errors.every((e) => e.file === 'bad.csv')).toBe(true);
  });

  it('waits for the data, then prepares each good file for the map and the filters (on the page, where no worker runs)', async () => {
    const host = document.createElement('import-host') as ImportHost;
    document.body.append(host);
    let dataLoaded: (r: RelationsData | null) => void = () => undefined;
    const relations = new Promise<RelationsData | null>((resolve) => (dataLoaded = resolve));
    const add = vi.fn<(layers: ReadonlyMap<string, ImportedLayer>) => boolean>(() => true);
    const imports = new ImportController(host, {
      add,
      done: () => undefined,
      progress: () => undefined,
      relations: () => relations,
    });
    const reading = imports.importFiles([csv('ok.csv', 'name,lon,lat\nA,144.5,43.1\nB,144.6,43.2\n')]);
    await new Promise((r) => setTimeout(r, 50));
    expect(add).not.toHaveBeenCalled();
    dataLoaded({ areas: real.dataset.areas, projects: real.dataset.projects });
    await reading;
    const layer = add.mock.calls[0]![0].get('ok.csv')!;
    expect(layer.items.map((i) => i.properties.name_ja)).toEqual(['A', 'B']);
    const prepared = layer.prepared!;
    expect([prepared.points, prepared.completeFrom, prepared.index.all.size, prepared.index.located.size]).toEqual([2, 0, 2, 2]);
    // Its tiles hold the points where they are, and nothing elsewhere.
    const [x, y] = tileOf(144.5, 43.1, 10);
    expect((await prepared.tiles.tile(10, x, y))?.byteLength).toBeGreaterThan(0);
    expect(await prepared.tiles.tile(10, 0, 0)).toBeNull();
  });

  it('shows the drop zone while a file is dragged over the host', () => {
    const host = document.createElement('import-host') as ImportHost;
    document.body.append(host);
    const imports = new ImportController(host, { add: () => true, done: () => undefined, progress: () => undefined });
    host.dispatchEvent(new Event('dragover', { cancelable: true }));
    expect(imports.dragging).toBe(true);
    host.dispatchEvent(new Event('dragleave'));
    expect(imports.dragging).toBe(false);
  });
});

class LayoutHost extends LitElement {
  state = INITIAL_STATE;
  layout = new LayoutController(this, () => this.state);
}
customElements.define('layout-host', LayoutHost);

describe('layout', () => {
  it('the mode: presenter while a tour runs, else the screen: phone (narrow or short), tablet, desk', () => {
    expect(layoutMode(screenOf(false, false), { tour: null })).toBe('desk');
    expect(layoutMode(screenOf(false, true), { tour: null })).toBe('tablet');
    expect(layoutMode(screenOf(true, true), { tour: null })).toBe('phone');
    expect(layoutMode(screenOf(true, false), { tour: { id: 'default', scene: 'a' } })).toBe('presenter');
  });

  it('the panel inset: the tour caption, the detail panel (at most 40 % of the map), or nothing', () => {
    const sel = { kind: 'item' as const, id: 'x' };
    expect(insetRight('desk', { tour: null, selection: null }, 1600, 1240)).toBe(0);
    expect(insetRight('desk', { tour: null, selection: sel }, 1600, 1240)).toBe(480);
    // A small laptop's map (1024 − the sidebar): the panel covers 40 % of it, plus its margin.
    expect(panelWidth(744)).toBe(298);
    expect(insetRight('desk', { tour: null, selection: sel }, 1024, 744)).toBe(358);
    expect(insetRight('tablet', { tour: null, selection: sel }, 768, 768)).toBe(307 + 60);
    expect(insetRight('phone', { tour: null, selection: sel }, 390, 390)).toBe(0);
    // The presenter's caption card: at most 30 % of the width (issue 18.1), 640 px at most.
    // The caption, the column of the zoom buttons to its right, and a gap.
    expect(insetRight('presenter', { tour: { id: 't', scene: 's' }, selection: sel }, 1000)).toBe(300 + 60 + 20);
    expect(insetRight('presenter', { tour: { id: 't', scene: 's' }, selection: null }, 4000)).toBe(640 + 60 + 20);
  });

  it('on a phone the bottom sheet and the tour caption cover the bottom of the map', () => {
    const sel = { kind: 'item' as const, id: 'x' };
    const map = { width: 390, height: 790 };
    expect(mapInsets('phone', 'phone', { tour: null, selection: null }, { width: 390 }, map)).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(mapInsets('phone', 'phone', { tour: null, selection: sel }, { width: 390 }, map).bottom).toBe(Math.round(790 * SHEET_HALF));
    expect(mapInsets('presenter', 'phone', { tour: { id: 't', scene: 's' }, selection: null }, { width: 390 }, map).bottom).toBe(
      Math.round(790 * PHONE_CAPTION),
    );
    // Held sideways the caption is a card on the right, as on the desk.
    const side = mapInsets(
      'presenter',
      'phone',
      { tour: { id: 't', scene: 's' }, selection: null },
      { width: 844 },
      { width: 844, height: 340 },
    );
    expect(side.bottom).toBe(0);
    expect(side.right).toBeGreaterThan(250);
  });

  it('Esc closes what is open innermost first: the drawer, the overview, the panel; a running tour is the only layer (its own keys end it)', () => {
    const sel = { kind: 'item' as const, id: 'x' };
    expect(openLayers({ tour: null, overlay: 'kpis', selection: sel }, true)).toEqual(['drawer', 'overview', 'panel']);
    expect(openLayers({ tour: null, overlay: null, selection: sel }, false)).toEqual(['panel']);
    expect(openLayers({ tour: { id: 't', scene: 's' }, overlay: null, selection: sel }, false)).toEqual(['tour']);
  });

  it('finds an element inside another across shadow roots', () => {
    const outer = document.createElement('div');
    const host = document.createElement('span');
    outer.append(host);
    const inner = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(within(inner, outer)).toBe(true);
    expect(within(outer, inner)).toBe(false);
  });

  it('the drawer closes for what shows on the map', () => {
    expect(closesDrawer({ type: 'select', selection: { kind: 'item', id: 'x' } })).toBe(true);
    expect(closesDrawer({ type: 'select', selection: null })).toBe(false);
    expect(closesDrawer({ type: 'set-overlay', overlay: 'kpis' })).toBe(true);
    expect(closesDrawer({ type: 'clear-filters' })).toBe(false);
  });

  it('is reflected on the host as its layout attribute', async () => {
    const host = document.createElement('layout-host') as LayoutHost;
    document.body.append(host);
    await host.updateComplete;
    expect(host.getAttribute('layout')).toBe(window.innerWidth <= 700 ? 'phone' : window.innerWidth <= 900 ? 'tablet' : 'desk');
    host.state = { ...INITIAL_STATE, tour: { id: 'default', scene: 'a' } };
    host.requestUpdate();
    await host.updateComplete;
    expect(host.getAttribute('layout')).toBe('presenter');
  });
});
