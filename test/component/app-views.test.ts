// @vitest-environment happy-dom
import { html, render } from 'lit';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import * as lazyViews from '../../src/components/app/lazy-views.ts';
import { kpiOverlay, loadStatus, panelArea, sampleNote, type PanelView, type TourView } from '../../src/components/app/main-area.ts';
import { type ChromeView, type SidebarView, appHeader, sidebar } from '../../src/components/app/sidebar.ts';
import { SheetEvent } from '../../src/components/bottom-sheet.ts';
import { Atlas } from '../../src/domain/atlas.ts';
import { type AppState, INITIAL_STATE } from '../../src/domain/state.ts';
import type { Tour } from '../../src/domain/tour.ts';
import { loadRealData } from '../load-data.ts';

const { atlas, dataset } = loadRealData();
const item = atlas.data.items[0]!.properties.id;

function show(template: unknown): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(html`${template}`, root);
  return root;
}

function chrome(over: Partial<ChromeView> = {}): ChromeView {
  return {
    lang: 'en',
    drawer: false,
    open: false,
    actions: html`<div class="header-actions"></div>`,
    setDrawer: vi.fn(),
    skipTo: vi.fn(),
    ...over,
  };
}

function side(over: Partial<SidebarView> = {}): SidebarView {
  return { ...chrome(), filtersOpen: false, toggleFilters: vi.fn(), filtering: false, pickFiles: vi.fn(), ...over };
}

afterEach(() => document.body.replaceChildren());
// The templates start the lazy views' imports; the file must not end while one is still loading
// (vitest reports an import after teardown as an unhandled error).
afterAll(() => Promise.all(Object.values(lazyViews).map((load) => load())));

describe('appHeader', () => {
  it('on the desk: the skip links, the title and the actions; no menu button', () => {
    const v = chrome();
    const root = show(appHeader(v));
    const [toMap, toList] = root.querySelectorAll<HTMLButtonElement>('.skip button');
    expect(toMap!.textContent).toBe('Skip to the map');
    toList!.click();
    expect(v.skipTo).toHaveBeenCalledWith('item-list');
    expect(root.querySelector('header .header-actions')).not.toBeNull();
    expect(root.querySelector('button.menu')).toBeNull();
  });

  it('on a phone or tablet: the menu button opens the drawer, the actions move into it, the header is inert while it is open', () => {
    const v = chrome({ drawer: true });
    const root = show(appHeader(v));
    const menu = root.querySelector<HTMLButtonElement>('button.menu')!;
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    menu.click();
    expect(v.setDrawer).toHaveBeenCalledWith(true);
    expect(root.querySelector('header .header-actions')).toBeNull();
    const open = show(appHeader(chrome({ drawer: true, open: true })));
    expect(open.querySelector('button.menu')!.getAttribute('aria-expanded')).toBe('true');
    expect((open.querySelector('header') as HTMLElement & { inert: boolean }).inert).toBe(true);
  });
});

describe('sidebar', () => {
  it('on the desk: a plain sidebar with search, import, filters, legend and list; chips only while filtering', () => {
    const root = show(sidebar(side()));
    const aside = root.querySelector('aside')!;
    expect(aside.hasAttribute('role')).toBe(false);
    expect(root.querySelector('.scrim')).toBeNull();
    expect([...aside.children].map((e) => e.tagName.toLowerCase())).toEqual([
      'search-box',
      'label',
      'details',
      'layer-legend',
      'item-list',
    ]);
    expect(show(sidebar(side({ filtering: true }))).querySelector('filter-chips')).not.toBeNull();
  });

  it('as an open drawer: a modal dialog with its head, the actions and a scrim that closes it', () => {
    const setDrawer = vi.fn();
    const v = side({ drawer: true, open: true, setDrawer });
    const root = show(sidebar(v));
    const aside = root.querySelector('aside')!;
    expect(aside.getAttribute('role')).toBe('dialog');
    expect(aside.getAttribute('aria-modal')).toBe('true');
    expect(aside.getAttribute('aria-label')).toBe('Menu');
    expect(aside.classList.contains('open')).toBe(true);
    expect(aside.querySelector('.drawer-head + .header-actions')).not.toBeNull();
    root.querySelector<HTMLElement>('.scrim')!.click();
    root.querySelector<HTMLButtonElement>('.drawer-close')!.click();
    expect(setDrawer.mock.calls).toEqual([[false], [false]]);
    const closed = show(sidebar(side({ drawer: true })));
    expect((closed.querySelector('aside') as HTMLElement & { inert: boolean }).inert).toBe(true);
    expect(closed.querySelector('aside')!.hasAttribute('aria-modal')).toBe(false);
  });

  it('hands the file pick and the filter section toggle up', () => {
    const v = side({ filtersOpen: true });
    const root = show(sidebar(v));
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.accept).toContain('.xlsx');
    input.dispatchEvent(new Event('change'));
    expect(v.pickFiles).toHaveBeenCalledTimes(1);
    const details = root.querySelector('details')!;
    expect(details.open).toBe(true);
    details.open = false;
    details.dispatchEvent(new Event('toggle'));
    expect(v.toggleFilters).toHaveBeenCalledWith(false);
  });
});

describe('the main area', () => {
  it('the loading status, with the progress once known', () => {
    expect(show(loadStatus('en', null)).textContent.trim()).toBe('Loading…');
    const root = show(loadStatus('en', { done: 3, total: 10, file: 'x.json' }, 'itemsLoading'));
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('3');
    expect(root.querySelector('.muted')!.textContent).toBe('3 / 10');
  });

  it('says the map shows a sample only while it is zoomed out below the complete zoom', () => {
    const tiled = new Atlas({
      ...dataset,
      tiles: { url: 't/{z}/{x}/{y}.pbf', layer: 'items', minzoom: 4, maxzoom: 14, complete_from: 11, features: 1, points: 1 },
    });
    const state = (zoom: number | null): Pick<AppState, 'lang' | 'view'> => ({
      lang: 'en',
      view: zoom === null ? null : { center: [144, 43], zoom, bearing: 0, pitch: 0 },
    });
    expect(show(sampleNote(tiled, state(null), false)).querySelector('.sample-note')!.textContent).toContain('11');
    expect(show(sampleNote(tiled, state(10.5), false)).querySelector('.sample-note')).not.toBeNull();
    expect(show(sampleNote(tiled, state(11), false)).querySelector('.sample-note')).toBeNull();
    expect(show(sampleNote(tiled, state(null), true)).querySelector('.sample-note')).toBeNull();
    expect(show(sampleNote(new Atlas({ ...dataset, tiles: null }), state(null), false)).querySelector('.sample-note')).toBeNull();
  });

  it('the KPI overview only when asked and loaded; its ✕ closes it', () => {
    const dispatch = vi.fn();
    expect(show(kpiOverlay(atlas, INITIAL_STATE, dispatch)).querySelector('kpi-overview')).toBeNull();
    const state: AppState = { ...INITIAL_STATE, overlay: 'kpis' };
    expect(show(kpiOverlay(null, state, dispatch)).querySelector('kpi-overview')).toBeNull();
    const root = show(kpiOverlay(atlas, state, dispatch));
    expect(root.querySelector('section.overlay kpi-overview')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(dispatch).toHaveBeenCalledWith({ type: 'set-overlay', overlay: null });
  });
});

describe('panelArea', () => {
  const noTour: TourView = { tour: null, index: 0, focusRequest: 0, scene: null, step: vi.fn() };
  function panel(over: Partial<PanelView> = {}): PanelView {
    return {
      state: { ...INITIAL_STATE, selection: { kind: 'item', id: item } },
      atlas,
      tours: noTour,
      phone: false,
      sheet: 'half',
      setSheet: vi.fn(),
      dispatch: vi.fn(),
      handout: vi.fn(),
      ...over,
    };
  }

  it('the details of what is selected: a card on the desk, nothing with no selection or over the Hokkaido view', () => {
    expect(show(panelArea(panel())).querySelector('.panel-area > feature-panel')).not.toBeNull();
    expect(show(panelArea(panel({ state: INITIAL_STATE }))).querySelector('feature-panel')).toBeNull();
    const hokkaido = panel({ state: { ...INITIAL_STATE, selection: { kind: 'item', id: item }, overlay: 'hokkaido' } });
    expect(show(panelArea(hokkaido)).querySelector('feature-panel')).toBeNull();
  });

  it('on a phone a bottom sheet: its height is kept, dismissing it clears the selection', () => {
    const v = panel({ phone: true, sheet: 'full' });
    const root = show(panelArea(v));
    const sheet = root.querySelector('bottom-sheet') as HTMLElement & { state: string };
    expect(sheet.state).toBe('full');
    expect(sheet.querySelector('feature-panel')).not.toBeNull();
    sheet.dispatchEvent(new SheetEvent('half'));
    expect(v.setSheet).toHaveBeenCalledWith('half');
    sheet.dispatchEvent(new SheetEvent('dismissed'));
    expect(v.dispatch).toHaveBeenCalledWith({ type: 'select', selection: null });
  });

  it("while a tour runs: its caption, and a card for an item clicked that is not the scene's own", () => {
    const tour = { id: 'default', scenes: [{ id: 's1', selection: { kind: 'item', id: item } }] } as unknown as Tour;
    const tours: TourView = { tour, index: 0, focusRequest: 0, scene: tour.scenes[0]!, step: vi.fn() };
    const running = (id: string) => ({ ...INITIAL_STATE, tour: { id: 'default', scene: 's1' }, selection: { kind: 'item' as const, id } });
    const own = show(panelArea(panel({ state: running(item), tours })));
    expect(own.querySelector('tour-player')).not.toBeNull();
    expect(own.querySelector('tour-item-card')).toBeNull();
    expect(own.querySelector('feature-panel')).toBeNull();
    const other = atlas.data.items[1]!.properties.id;
    const v = panel({ state: running(other), tours });
    const root = show(panelArea(v));
    root.querySelector('tour-item-card')!.dispatchEvent(new Event('tour-item-close'));
    expect(v.dispatch).toHaveBeenCalledWith({ type: 'select', selection: { kind: 'item', id: item } });
    root.querySelector('tour-player')!.dispatchEvent(new Event('tour-handout'));
    expect(v.handout).toHaveBeenCalledTimes(1);
  });
});
