import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';

/** One credit line the map shows and a handout prints. */
export interface Credit {
  id: 'boundaries' | 'land' | 'fishing-ports' | 'plans';
  text(atlas: Atlas, lang: Lang): string;
  /** Whether the atlas draws something this credit covers. */
  applies(atlas: Atlas): boolean;
}

const N03 = '国土数値情報（行政区域データ）';

/** The credits a basemap file names itself, one per '; '. */
function fileCredits(fc: (FeatureCollection & { attribution?: string }) | null): string[] {
  return (fc?.attribution ?? '').split('; ').filter(Boolean);
}

/** The land's other sources (OSM beyond Hokkaido and the lakes); OpenStreetMap's by default. */
function landCredit(atlas: Atlas): string {
  const other = fileCredits(atlas.data.land).filter((c) => !c.includes(N03));
  return other.length ? other.join(' ・ ') : '© OpenStreetMap contributors (ODbL)';
}

/** Whether the basemap draws the official boundaries (its files say so). */
function drawsN03(atlas: Atlas): boolean {
  return [atlas.data.land, atlas.data.boundaries].some((fc) => fileCredits(fc).some((c) => c.includes(N03)));
}

/**
 * Credits for every source drawn, in the order shown: the official boundaries and land (N03, whose
 * terms ask for this wording), the land beyond Hokkaido and the lakes (OSM), the fishing-port
 * positions from 国土数値情報 (whose terms ask for this wording), and the plans themselves.
 */
export const CREDITS: readonly Credit[] = [
  { id: 'boundaries', text: (_, lang) => t(lang, 'creditN03'), applies: drawsN03 },
  { id: 'land', text: landCredit, applies: () => true },
  { id: 'fishing-ports', text: (_, lang) => t(lang, 'creditKsj'), applies: (atlas) => atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報')) },
  { id: 'plans', text: (_, lang) => t(lang, 'creditPlans'), applies: () => true },
];

/** The credit lines for what this atlas draws, in the UI language. */
export function creditsFor(atlas: Atlas, lang: Lang): string[] {
  return CREDITS.filter((c) => c.applies(atlas)).map((c) => c.text(atlas, lang));
}
