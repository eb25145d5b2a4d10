import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import type { BasemapId } from '../domain/state.ts';
import type { ContextLayerId, Lang } from '../domain/types.ts';

/** What is drawn besides the items, which decides some credits. */
export interface Shown {
  basemap: BasemapId;
  context: readonly ContextLayerId[];
}

/** One credit line the map shows and a handout prints. */
export interface Credit {
  id: 'boundaries' | 'land' | 'fishing-ports' | 'geolonia' | 'gsi-tiles' | 'osm-tiles' | 'plans';
  /** Fixed text from the catalogue: a data file's words are never shown (they could hold markup). */
  text(lang: Lang): string;
  /** Whether the atlas draws something this credit covers. */
  applies(atlas: Atlas, shown: Shown): boolean;
}

/** The context layers drawn from 町字・大字代表点 (Geolonia 住所データ, 位置参照情報): data/context/README.md. */
const GEOLONIA_LAYERS: readonly ContextLayerId[] = ['parks', 'byways', 'islands'];

/**
 * Credits for every source drawn, in the order shown: the official boundaries and land (N03, whose
 * terms ask for this wording), the land beyond Hokkaido and the lakes (OSM), the fishing-port
 * positions from 国土数値情報, the address points under the context layers (Geolonia, CC BY 4.0),
 * the online basemap when one is on, and the plans themselves.
 */
export const CREDITS: readonly Credit[] = [
  // The boundaries are drawn on every basemap (over an online one too).
  { id: 'boundaries', text: (lang) => t(lang, 'creditN03'), applies: () => true },
  { id: 'land', text: (lang) => t(lang, 'creditOsmLand'), applies: () => true },
  {
    id: 'fishing-ports',
    text: (lang) => t(lang, 'creditKsj'),
    applies: (atlas) => atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報')),
  },
  {
    id: 'geolonia',
    text: (lang) => t(lang, 'creditGeolonia'),
    applies: (_, shown) => shown.context.some((c) => GEOLONIA_LAYERS.includes(c)),
  },
  { id: 'gsi-tiles', text: (lang) => t(lang, 'creditGsiTiles'), applies: (_, shown) => shown.basemap.startsWith('gsi-') },
  { id: 'osm-tiles', text: (lang) => t(lang, 'creditOsmTiles'), applies: (_, shown) => shown.basemap === 'osm' },
  { id: 'plans', text: (lang) => t(lang, 'creditPlans'), applies: () => true },
];

/** The credit lines for what this atlas draws, in the UI language. */
export function creditsFor(atlas: Atlas, lang: Lang, shown: Shown): string[] {
  return CREDITS.filter((c) => c.applies(atlas, shown)).map((c) => c.text(lang));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The licences of the app, its packages and its data: written next to index.html by the build (scripts/vite-notices.ts). */
export const NOTICES_URL = './THIRD-PARTY-NOTICES.txt';

/**
 * The lines for MapLibre's attribution control, which sets them as HTML: escaped, so they show as
 * text; with `noticesLabel`, a last line linking the notices file (the only markup, made here).
 */
export function attributionHtml(lines: readonly string[], noticesLabel?: string): string[] {
  const out = lines.map(escape);
  if (noticesLabel) out.push(`<a href="${NOTICES_URL}" target="_blank" rel="noopener">${escape(noticesLabel)}</a>`);
  return out;
}

/** MapLibre's credits control for what is drawn; its lines go in escaped (it sets them as HTML). */
export function attributionControl(atlas: Atlas, lang: Lang, shown: Shown): AttributionControl {
  return new AttributionControl({
    compact: true,
    customAttribution: attributionHtml(creditsFor(atlas, lang, shown), t(lang, 'creditNotices')),
  });
}

/**
 * Folds MapLibre's compact credits control to its button, the state its own button leaves it in
 * (the `maplibregl-compact-show` class off, its <details> closed). MapLibre opens it when it is
 * added; on a phone its lines cover the bottom of the map, and they stay one tap away. Printing
 * shows them all the same (components/styles.ts), and the handout draws them itself.
 */
function foldAttribution(mapContainer: HTMLElement): void {
  for (const el of mapContainer.querySelectorAll('.maplibregl-ctrl-attrib.maplibregl-compact')) {
    el.classList.remove('maplibregl-compact-show');
    el.removeAttribute('open');
  }
}

/**
 * Puts the credits control for what is drawn on the map, in place of `previous` (its lines are
 * set when it is added, so a change makes a new one); folded to its button with `fold` (a phone).
 */
export function placeAttribution(
  map: MapLibreMap,
  previous: AttributionControl | null,
  atlas: Atlas,
  lang: Lang,
  shown: Shown & { foldCredits: boolean },
): AttributionControl {
  if (previous) map.removeControl(previous);
  const control = attributionControl(atlas, lang, shown);
  map.addControl(control, 'bottom-right');
  if (shown.foldCredits) foldAttribution(map.getContainer());
  return control;
}
