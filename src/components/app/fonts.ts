import { covers, namesSample, register as registerStartFaces, registerRest } from 'virtual:font-faces-split/@fontsource/noto-sans-jp/400';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../../domain/atlas.ts';
import { allUiText } from '../../domain/i18n.ts';
import { loadBoldFont } from '../lazy.ts';
import { loadFeaturePanel } from './lazy-views.ts';

/** Distinct characters, cached per atlas (100k names joined took seconds; the set is what decides the font subsets). */
function cachedChars(cache: WeakMap<Atlas, string>, atlas: Atlas, names: () => Iterable<{ name_ja: string; name_en?: string }>): string {
  let text = cache.get(atlas);
  if (text === undefined) {
    const chars = new Set<string>();
    for (const r of names()) for (const ch of `${r.name_ja}${r.name_en ?? ''}`) chars.add(ch);
    cache.set(atlas, (text = [...chars].join('')));
  }
  return text;
}

const featureNames = (fc: FeatureCollection | null | undefined) =>
  (fc?.features ?? []).map((f) => f.properties as { name_ja: string; name_en?: string });

/** The characters of every name the data holds: the panels' headings (projects, goals, areas) as well as the map's. */
const namesCache = new WeakMap<Atlas, string>();
export function namesText(atlas: Atlas): string {
  return cachedChars(namesCache, atlas, () => [
    ...atlas.data.areas,
    ...atlas.data.projects,
    ...atlas.data.goals,
    ...atlas.data.items.map((i) => i.properties),
    ...featureNames(atlas.data.places),
  ]);
}

/**
 * The characters of the names the map draws: the items', the basemap's labels and places, the
 * context layers'. Whether the map may name its places waits for these faces only: waiting for
 * the projects' and goals' too (which only the panels show) took the shipped data's names off the
 * map when the data arrived and put them back once those faces were in — every name layer laid
 * out twice more before the first full render (issue 22).
 */
const mapNamesCache = new WeakMap<Atlas, string>();
export function mapNamesText(atlas: Atlas): string {
  return cachedChars(mapNamesCache, atlas, () => [
    ...atlas.data.items.map((i) => i.properties),
    ...featureNames(atlas.data.places),
    ...featureNames(atlas.data.labels),
    ...Object.values(atlas.data.context).flatMap((fs) => fs.map((f) => f.properties)),
  ]);
}

/**
 * The regular weight's faces that the app's own text and data do not use (main.ts registers the
 * others at start-up): after the first draw, and before the map draws a label that needs one —
 * MapLibre draws a label once, with the faces registered then. Never fails: without them such
 * text is in the fallback font.
 */
export function registerAllRegular(): Promise<void> {
  return registerRest().catch(() => undefined);
}

/** The regular weight, which the map's names use. */
const REGULAR = '400 16px "Noto Sans JP"';

let shippedNames: Promise<void> | null = null;

/**
 * Registers the start-up faces (those of the text the app ships) and starts loading those of the
 * names the map draws from the shipped data, before that data is in (the build knows them): the
 * map draws names only once their faces are loaded, and loading them after the data put 0.6–1.4 s
 * of downloads between the data and the first full map. Resolves when they are in (never fails);
 * main.ts and the app's element both call it, whichever runs first starts it.
 */
export function preloadShippedNames(): Promise<void> {
  if (!shippedNames) {
    // Added at once (before registerStartFaces first yields), so the load below finds them.
    void registerStartFaces();
    shippedNames = document.fonts.load(REGULAR, namesSample).then(
      () => undefined,
      () => undefined,
    );
  }
  return shippedNames;
}

/** Whether the faces the names of `atlas` need are registered and loaded (with the shipped data, once preloadShippedNames is done). */
export function namesLoaded(atlas: Atlas): boolean {
  const names = mapNamesText(atlas);
  return covers(names) && document.fonts.check(REGULAR, names);
}

/** The app's font loading for FontsController. */
export const FONT_LOADING = { shippedNames: preloadShippedNames, namesLoaded, load: preloadFonts };

/**
 * Map labels are drawn on a canvas with the CSS font, which only has the glyphs the page has
 * loaded; load the subsets the labels need first, so no system CJK font is required. Only the
 * regular weight: labels use it, and the bold faces are registered after the first draw.
 */
export function preloadFonts(atlas: Atlas): Promise<void> {
  return loadRegular(mapNamesText(atlas));
}

/**
 * The regular faces of every name the data holds: the panels show the projects', goals' and areas'
 * names, whose faces the map does not wait for. Loaded when the panel first opened, they put
 * fallback text and a second layout into the click (4–5 ms more per click in a trace).
 */
function loadPanelNames(atlas: Atlas): Promise<void> {
  return loadRegular(namesText(atlas));
}

/** Loads the regular faces `text` needs; never fails (a missing face only puts text in the system font). */
async function loadRegular(text: string): Promise<void> {
  // Data edited since the build (or a user's file) may name what only the other faces hold.
  if (!covers(text)) await registerAllRegular();
  await document.fonts.load(REGULAR, text).catch(() => undefined);
}

/**
 * What the first screen does not show waits until the map has drawn (or cannot draw), then loads
 * at once: the item panel before anyone clicks, the faces of the names it shows, and the headings'
 * bold weight.
 */
export function afterFirstDraw(mapIdle: Promise<void>, atlas: Atlas): Promise<void> {
  const later = (): Promise<void> =>
    Promise.all([loadFeaturePanel(), loadPanelNames(atlas), loadBoldFont(allUiText() + namesText(atlas))]).then(() => undefined);
  return mapIdle.then(later, later);
}
