import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { t } from '../../domain/i18n.ts';
import type { Lang } from '../../domain/types.ts';
import { ensure } from '../lazy.ts';
import { loadFilterChips } from './lazy-views.ts';
import '../filter-panel.ts';
import '../item-list.ts';
import '../layer-legend.ts';
import '../search-box.ts';

/** The file types the import button offers (what domain/import reads). */
const IMPORT_ACCEPT =
  '.geojson,.json,.csv,.tsv,.txt,.xlsx,text/csv,application/geo+json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The app's chrome around the map: what the header and the sidebar show and what their buttons do. */
export interface ChromeView {
  lang: Lang;
  /** The sidebar is a drawer over the map (phone, tablet). */
  drawer: boolean;
  /** The drawer is open. */
  open: boolean;
  /** The app's actions (header-actions.ts): in the header on the desk, at the top of the drawer otherwise. */
  actions: TemplateResult;
  setDrawer(open: boolean): void;
  /** The skip links' targets: the map, or the list (in the drawer on a phone or tablet). */
  skipTo(target: 'atlas-map' | 'item-list'): void;
}

export interface SidebarView extends ChromeView {
  /** The filter section is expanded. */
  filtersOpen: boolean;
  toggleFilters(open: boolean): void;
  /** A filter is on: its chips show. */
  filtering: boolean;
  /** The import button's change (ImportController.onPick). */
  pickFiles(e: Event): void;
}

/** The skip links and the header: the title, and on a phone or tablet the menu button that opens the drawer. */
export function appHeader(v: ChromeView) {
  return html`
    <div class="skip" part="print-hide">
      <button @click=${() => v.skipTo('atlas-map')}>${t(v.lang, 'skipToMap')}</button>
      <button @click=${() => v.skipTo('item-list')}>${t(v.lang, 'skipToList')}</button>
    </div>
    <header .inert=${v.open}>
      ${
        v.drawer
          ? html`<button class="menu" part="print-hide" aria-haspopup="dialog" aria-expanded=${v.open ? 'true' : 'false'} @click=${() => v.setDrawer(true)}>
            <span aria-hidden="true">☰</span> ${t(v.lang, 'menu')}
          </button>`
          : nothing
      }
      <h1>${t(v.lang, 'appTitle')}</h1>
      <p class="muted subtitle">${t(v.lang, 'appSubtitle')}</p>
      ${v.drawer ? nothing : v.actions}
    </header>
  `;
}

/** The sidebar beside the map (a modal drawer on a phone or tablet, with its scrim): search, import, filters, legend, list. */
export function sidebar(v: SidebarView) {
  const { lang, drawer, open } = v;
  return html`
    ${open ? html`<div class="scrim" part="print-hide" @click=${() => v.setDrawer(false)}></div>` : nothing}
    <aside part="print-hide" tabindex="-1" class=${open ? 'open' : ''} .inert=${drawer && !open} role=${ifDefined(drawer ? 'dialog' : undefined)} aria-modal=${ifDefined(open ? 'true' : undefined)} aria-label=${ifDefined(drawer ? t(lang, 'menu') : undefined)}>
      ${
        drawer
          ? html`<div class="drawer-head">
              <span>${t(lang, 'menu')}</span>
              <button class="drawer-close" aria-label=${t(lang, 'menuClose')} @click=${() => v.setDrawer(false)}>✕</button>
            </div>
            ${v.actions}`
          : nothing
      }
      <search-box></search-box>
      <label class="import">
        <input type="file" accept=${IMPORT_ACCEPT} multiple @change=${v.pickFiles} />
        ${t(lang, 'importFile')}
      </label>
      <details id="filters" ?open=${v.filtersOpen} @toggle=${(e: Event) => v.toggleFilters((e.target as HTMLDetailsElement).open)}>
        <summary>${t(lang, 'filters')}</summary>
        <filter-panel .open=${v.filtersOpen}></filter-panel>
      </details>
      <layer-legend></layer-legend>
      ${v.filtering && ensure(loadFilterChips) ? html`<filter-chips></filter-chips>` : nothing}
      <item-list></item-list>
    </aside>
  `;
}
