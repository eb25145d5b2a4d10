import type { Atlas } from '../../domain/atlas.ts';
import { allUiText } from '../../domain/i18n.ts';
import { loadBoldFont } from '../lazy.ts';
import { loadFeaturePanel } from './lazy-views.ts';

/** The distinct characters of the data's names (100k names joined took seconds; the set is what decides the font subsets). */
const namesCache = new WeakMap<Atlas, string>();
export function namesText(atlas: Atlas): string {
  let text = namesCache.get(atlas);
  if (text === undefined) {
    const named = [
      ...atlas.data.areas,
      ...atlas.data.projects,
      ...atlas.data.goals,
      ...atlas.data.items.map((i) => i.properties),
      ...(atlas.data.places?.features.map((f) => f.properties as { name_ja: string }) ?? []),
    ];
    const chars = new Set<string>();
    for (const r of named) for (const ch of `${r.name_ja}${(r as { name_en?: string }).name_en ?? ''}`) chars.add(ch);
    namesCache.set(atlas, (text = [...chars].join('')));
  }
  return text;
}

/**
 * Map labels are drawn on a canvas with the CSS font, which only has the glyphs the page has
 * loaded; load the subsets the labels need first, so no system CJK font is required. Only the
 * regular weight: labels use it, and the bold faces are registered after the first draw.
 */
export async function preloadFonts(atlas: Atlas): Promise<void> {
  try {
    await document.fonts.load('400 16px "Noto Sans JP"', namesText(atlas));
  } catch {
    // A missing font only degrades labels to the system font; the map still works.
  }
}

/**
 * What the first screen does not show waits until the map has drawn (or cannot draw), then loads
 * at once: the item panel before anyone clicks, and the headings' bold weight.
 */
export function afterFirstDraw(mapIdle: Promise<void>, atlas: Atlas): Promise<void> {
  const later = (): Promise<void> => Promise.all([loadFeaturePanel(), loadBoldFont(allUiText() + namesText(atlas))]).then(() => undefined);
  return mapIdle.then(later, later);
}
