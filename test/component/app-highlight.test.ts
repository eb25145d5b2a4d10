// @vitest-environment happy-dom
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HighlightController } from '../../src/components/app/highlight-controller.ts';
import { importProgressText } from '../../src/components/app/import-controller.ts';
import { NoticeController } from '../../src/components/app/notice-controller.ts';
import { FitEvent } from '../../src/components/events.ts';
import { type BBox, boundsOf } from '../../src/domain/analysis.ts';
import type { Atlas } from '../../src/domain/atlas.ts';
import { highlightedItems } from '../../src/domain/highlight.ts';
import { type AppState, INITIAL_STATE } from '../../src/domain/state.ts';
import { loadRealData } from '../load-data.ts';

const { atlas: realAtlas } = loadRealData();
const project = realAtlas.data.projects.find((p) => realAtlas.itemsOfProject(p.id).some((i) => i.geometry))!;
const projectItems = highlightedItems(realAtlas, { kind: 'project', id: project.id });

class HighlightHost extends LitElement {
  state: AppState = INITIAL_STATE;
  atlas: Atlas | null = realAtlas;
  fit = vi.fn<(b: BBox) => void>();
  sceneItems = vi.fn(() => ['scene-item']);
  beforeFit = vi.fn();
  highlight = new HighlightController(this, { fit: this.fit, sceneItems: this.sceneItems, beforeFit: this.beforeFit });
  override render() {
    return html`<span></span>`;
  }
  set(state: Partial<AppState>) {
    this.state = { ...this.state, ...state };
    this.requestUpdate();
    return this.updateComplete;
  }
}
customElements.define('highlight-host', HighlightHost);

async function mount(): Promise<HighlightHost> {
  const host = document.body.appendChild(document.createElement('highlight-host') as HighlightHost);
  return host.updateComplete.then(() => host);
}

afterEach(() => document.body.replaceChildren());

describe('HighlightController', () => {
  it("works the items out before render, only when the selection, the tour or the data change; a tour's scene decides", async () => {
    const host = await mount();
    expect(host.highlight.items).toEqual([]);
    await host.set({ selection: { kind: 'project', id: project.id } });
    const items = host.highlight.items;
    expect(items).toEqual(projectItems);
    await host.set({ lang: 'en' });
    expect(host.highlight.items).toBe(items);
    expect(host.sceneItems).not.toHaveBeenCalled();
    await host.set({ tour: { id: 'default', scene: 's1' } });
    expect(host.highlight.items).toEqual(['scene-item']);
    host.atlas = null;
    await host.set({});
    expect(host.highlight.items).toEqual([]);
  });

  it('frames a project the user chooses once its items are worked out; not an item, nor a link with its own view', async () => {
    const host = await mount();
    host.highlight.onAction({ type: 'select', selection: { kind: 'item', id: projectItems[0]! } });
    await host.set({ selection: { kind: 'project', id: project.id } });
    expect(host.fit).not.toHaveBeenCalled();
    host.highlight.onAction({ type: 'select', selection: { kind: 'project', id: project.id } });
    await host.set({});
    await Promise.resolve();
    expect(host.fit).toHaveBeenCalledWith(boundsOf(projectItems.map((id) => realAtlas.itemById.get(id)!)));

    host.fit.mockClear();
    await host.set({ view: { center: [144, 43], zoom: 9, bearing: 0, pitch: 0 } });
    await host.highlight.frameLink();
    expect(host.fit).not.toHaveBeenCalled();
    await host.set({ view: null });
    await host.highlight.frameLink();
    expect(host.fit).toHaveBeenCalledTimes(1);
  });

  it('follows "fit the map" from below: to the filtered results, or to a box, the drawer giving way first', async () => {
    const host = await mount();
    const child = host.shadowRoot!.querySelector('span')!;
    child.dispatchEvent(new FitEvent('results'));
    expect(host.beforeFit).toHaveBeenCalledTimes(1);
    expect(host.fit).toHaveBeenLastCalledWith(boundsOf(realAtlas.filtered(host.state.filters)));
    child.dispatchEvent(new FitEvent([144, 43, 145, 44]));
    expect(host.fit).toHaveBeenLastCalledWith([144, 43, 145, 44]);
    expect(host.beforeFit).toHaveBeenCalledTimes(2);
  });
});

class NoticeHost extends LitElement {
  notices = new NoticeController(this);
  override render() {
    return this.notices.render('en');
  }
}
customElements.define('notice-host', NoticeHost);

describe('NoticeController', () => {
  it('shows one notice at a time, as text; ✕ closes it', async () => {
    const host = document.createElement('notice-host') as NoticeHost;
    document.body.append(host);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.notice')).toBeNull();
    host.notices.show('a.csv: <b>1</b>');
    await host.updateComplete;
    host.notices.show('b.csv: 2');
    await host.updateComplete;
    const notice = host.shadowRoot!.querySelector('.notice')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.querySelector('.lines')!.textContent).toBe('b.csv: 2');
    host.notices.show('<b>x</b>');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('.lines b')).toBeNull();
    const close = notice.querySelector('button')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    close.click();
    await host.updateComplete;
    expect(host.notices.text).toBeNull();
    expect(host.shadowRoot!.querySelector('.notice')).toBeNull();
  });

  it("says an import's progress in the UI language", () => {
    expect(importProgressText('ja', { done: 1, total: 3 })).toBe('ファイルを読み込んでいます（1/3）…');
    expect(importProgressText('en', { adding: 12 })).toBe('Adding 12 features to the map…');
  });
});
