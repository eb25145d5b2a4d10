import { html, nothing } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import { type RegionalData, parseMeasure } from '../domain/regional.ts';
import type { Action, AppState } from '../domain/state.ts';
import { ensure, loadHokkaidoView } from './lazy.ts';

/**
 * The app's two hooks into the Hokkaido view, kept here so the app element stays layout: the
 * header's toggle, and the overlay (its code loaded the first time it opens).
 */
export function hokkaidoToggle(state: AppState, dispatch: (a: Action) => void) {
  const open = state.overlay === 'hokkaido';
  return html`<button class="overlay-toggle hokkaido-toggle" aria-pressed=${open ? 'true' : 'false'} @click=${() => dispatch({ type: 'set-overlay', overlay: open ? null : 'hokkaido' })}>
    ${t(state.lang, 'hokkaidoView')}
  </button>`;
}

const cache = new WeakMap<Atlas, RegionalData>();
function regionalData(atlas: Atlas): RegionalData {
  let d = cache.get(atlas);
  if (!d) cache.set(atlas, (d = { areas: atlas.data.areas, policies: atlas.data.regionalPolicies, projects: atlas.data.regionalProjects }));
  return d;
}

/** `compact`: a phone or tablet (the view's map moves with two fingers; a chosen region is scrolled to). */
export function hokkaidoOverlay(atlas: Atlas | null, state: AppState, dispatch: (a: Action) => void, compact = false) {
  if (state.overlay !== 'hokkaido' || !atlas || !ensure(loadHokkaidoView)) return nothing;
  const sel = state.selection;
  const level = sel?.kind === 'area' ? atlas.areaById.get(sel.id)?.level : undefined;
  const area = level === 'renkei' || level === 'shinkokyoku' ? sel!.id : null;
  return html`<section class="overlay hokkaido" aria-label=${t(state.lang, 'hokkaidoView')}>
    <button class="close" aria-label=${t(state.lang, 'close')} @click=${() => dispatch({ type: 'set-overlay', overlay: null })}>✕</button>
    <hokkaido-view .data=${regionalData(atlas)} .documents=${atlas.data.documents} .area=${area} .measure=${parseMeasure(state.regionMeasure)} .lang=${state.lang} .compact=${compact}></hokkaido-view>
  </section>`;
}
