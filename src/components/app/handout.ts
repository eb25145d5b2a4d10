import type { Atlas } from '../../domain/atlas.ts';
import type { Filters } from '../../domain/filters.ts';
import { nameOf, t } from '../../domain/i18n.ts';
import type { Selection } from '../../domain/state.ts';
import { selectionTitle } from '../../domain/titles.ts';
import { type TourScene, sceneCaption } from '../../domain/tour.ts';
import { LOCATED_CATEGORIES, type Lang } from '../../domain/types.ts';
import type { MapApi } from '../../map/api.ts';
import { QR } from '../../theme.ts';

/**
 * The handout PNG of what is on screen: the map as the audience saw it (without the part under
 * the tour caption), title, the scene's text and KPI mini-chart, legend with the highlight ring,
 * scale bar, date, attribution and the QR code of the permalink. This module, the drawing code
 * and the QR encoder are loaded the first time.
 */
export interface HandoutRequest {
  map: MapApi;
  atlas: Atlas;
  lang: Lang;
  filters: Filters;
  selection: Selection | null;
  /** The tour's scene on screen, if a tour runs. */
  scene: TourScene | null;
  /** CSS pixels of the map's right edge covered by a panel or the caption card. */
  coveredRight: number;
  /** Whether items are highlighted now (the legend then explains the ring). */
  highlighted: boolean;
  permalink: string;
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

const RATIO = 2;

export async function makeHandout(request: HandoutRequest): Promise<{ blob: Blob; date: Date } | null> {
  const { map, lang, filters, atlas, scene } = request;
  const view = map.view();
  if (!view) return null;
  await map.whenIdle();
  const canvas = await map.snapshot(RATIO);
  if (!canvas) return null;
  // The copy has RATIO device pixels per CSS pixel of the map as shown.
  const shown = { w: canvas.width / RATIO, h: canvas.height / RATIO };
  const [{ composeHandout }, { handoutLegend, metresPerPixel }, { audienceCrop, miniKpi }, qr] = await Promise.all([
    import('../../map/handout-draw.ts'),
    import('../../map/handout.ts'),
    import('../../map/handout-parts.ts'),
    qrCanvas(request.permalink),
  ]);
  const date = new Date();
  const legend = handoutLegend(lang, shownCategories(filters));
  if (request.highlighted) legend.push({ label: t(lang, 'handoutHighlight'), color: '', shape: 'ring' });
  const kpi = scene?.kpi ? atlas.kpiById.get(scene.kpi) : undefined;
  const blob = await composeHandout({
    mapCanvas: canvas,
    shown,
    crop: audienceCrop(shown, request.coveredRight),
    title: handoutTitle(request),
    subtitle: t(lang, 'appSubtitle'),
    legend,
    scale: { metres: metresPerPixel(view.center[1], view.zoom), pixels: 1 },
    attribution: map.attributions().join(' ・ '),
    date,
    lang,
    ...(scene ? { caption: sceneCaption(scene, lang) } : {}),
    kpi: kpi ? miniKpi(kpi, lang, nameOf(lang, kpi)) : null,
    ...(qr ? { qr } : {}),
  });
  return { blob, date };
}

/** The permalink as a QR code canvas (error correction M: survives a fold or a smudge on paper). */
async function qrCanvas(url: string): Promise<HTMLCanvasElement | null> {
  try {
    const QRCode = (await import('qrcode')).default;
    const c = document.createElement('canvas');
    await QRCode.toCanvas(c, url, { errorCorrectionLevel: 'M', margin: 2, scale: 4, color: QR });
    return c;
  } catch {
    // A URL too long for a QR code (hundreds of ids in the query): the handout goes without it.
    return null;
  }
}

/** Saves the handout under a name that says its scope and day (domain/export/file-name.ts). */
export function downloadHandout(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints the handout images, one A4 landscape page each: the print sheet hides everything else while they are there. */
export function printImages(blobs: Blob[], lang: Lang): void {
  const urls = blobs.map((b) => URL.createObjectURL(b));
  const imgs = urls.map((url) => {
    const img = document.createElement('img');
    img.className = 'print-handout';
    img.alt = t(lang, 'appTitle');
    img.src = url;
    return img;
  });
  document.body.append(...imgs);
  void Promise.all(imgs.map((i) => i.decode().catch(() => undefined))).then(() => {
    window.addEventListener(
      'afterprint',
      () => {
        imgs.forEach((i) => i.remove());
        urls.forEach((u) => URL.revokeObjectURL(u));
      },
      { once: true },
    );
    window.print();
  });
}
