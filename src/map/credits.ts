import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';

/** One credit line the map shows and a handout prints. */
export interface Credit {
  id: 'land' | 'fishing-ports' | 'plans';
  text(atlas: Atlas, lang: Lang): string;
  /** Whether the atlas draws something this credit covers. */
  applies(atlas: Atlas): boolean;
}

/** The land polygons carry their own credit (their file names it); OpenStreetMap's by default. */
function landCredit(atlas: Atlas): string {
  return (atlas.data.land as (FeatureCollection & { attribution?: string }) | null)?.attribution ?? '© OpenStreetMap contributors (ODbL)';
}

/**
 * Credits for every source drawn, in the order shown: the land polygons, the fishing-port
 * positions from 国土数値情報 (whose terms ask for this wording), and the plans themselves.
 */
export const CREDITS: readonly Credit[] = [
  { id: 'land', text: landCredit, applies: () => true },
  { id: 'fishing-ports', text: (_, lang) => t(lang, 'creditKsj'), applies: (atlas) => atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報')) },
  { id: 'plans', text: (_, lang) => t(lang, 'creditPlans'), applies: () => true },
];

/** The credit lines for what this atlas draws, in the UI language. */
export function creditsFor(atlas: Atlas, lang: Lang): string[] {
  return CREDITS.filter((c) => c.applies(atlas)).map((c) => c.text(atlas, lang));
}
