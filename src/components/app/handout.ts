import type { Atlas } from '../../domain/atlas.ts';
import type { Filters } from '../../domain/filters.ts';
import { t } from '../../domain/i18n.ts';
import type { Selection } from '../../domain/state.ts';
import { selectionTitle } from '../../domain/titles.ts';
import type { TourScene } from '../../domain/tour.ts';
import { LOCATED_CATEGORIES, type Lang } from '../../domain/types.ts';
import type { MapApi } from '../../map/api.ts';

export interface HandoutRequest {
  map: MapApi;
  atlas: Atlas;
  lang: Lang;
  filters: Filters;
  selection: Selection | null;
  /** The tour's scene on screen, if a tour runs. */
  scene: TourScene | null;
  print: boolean;
}

/** The handout's title: the tour scene's, else what is selected, else the app's name. */
export function handoutTitle({ atlas, lang, selection, scene }: Pick<HandoutRequest, 'atlas' | 'lang' | 'selection' | 'scene'>): string {
  if (scene) return lang === 'en' && scene.title_en ? scene.title_en : scene.title_ja;
  return selectionTitle(atlas, selection, lang) ?? t(lang, 'appTitle');
}

/** The categories a handout's legend lists: those shown on the map. */
export function shownCategories(filters: Filters): readonly (typeof LOCATED_CATEGORIES)[number][] {
  return filters.categories.length ? LOCATED_CATEGORIES.filter((c) => filters.categories.includes(c)) : LOCATED_CATEGORIES;
}

/**
 * The handout: the map as drawn now with title, legend, scale, attribution and date, at 2×.
 * Saved as a PNG, or printed (the print sheet shows only that image, on A4 landscape). This
 * module and the composer are loaded the first time.
 */
export async function saveHandout(request: HandoutRequest): Promise<void> {
  const { map, lang, filters, print } = request;
  const view = map.view();
  if (!view) return;
  await map.whenIdle();
  const canvas = await map.snapshot(2);
  if (!canvas) return;
  const { composeHandout, handoutFileName, handoutLegend, metresPerPixel } = await import('../../map/handout.ts');
  const date = new Date();
  const blob = await composeHandout({
    mapCanvas: canvas,
    title: handoutTitle(request),
    subtitle: t(lang, 'appSubtitle'),
    legend: handoutLegend(lang, shownCategories(filters)),
    scale: { metres: metresPerPixel(view.center[1], view.zoom), pixels: 1 },
    attribution: map.attributions().join(' ・ '),
    date,
    lang,
  });
  const url = URL.createObjectURL(blob);
  if (print) return printImage(url);
  const a = document.createElement('a');
  a.href = url;
  a.download = handoutFileName(date);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints only the handout image: the print sheet hides everything else while it is there. */
function printImage(url: string): void {
  const img = document.createElement('img');
  img.className = 'print-handout';
  img.alt = '';
  img.onload = () => {
    window.addEventListener(
      'afterprint',
      () => {
        img.remove();
        URL.revokeObjectURL(url);
      },
      { once: true },
    );
    window.print();
  };
  img.src = url;
  document.body.append(img);
}
