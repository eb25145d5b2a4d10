import type { KpiStatus, Split } from './domain/kpi.ts';
import { UI } from './theme.ts';

/**
 * Colours of the KPI chart, overview and activity list that theme.ts does not have yet; meant to
 * move into theme.ts. Every split also has its own marker shape and a direct label, and every
 * status its own symbol, so colour is never the only cue.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle';

/** Okabe–Ito blue and vermilion for 釧路 / 根室: distinguishable with the common colour-vision deficiencies. */
export const KPI_SPLIT_STYLE: Record<Split, { color: string; marker: MarkerShape }> = {
  total: { color: UI.ink, marker: 'circle' },
  kushiro: { color: '#0072B2', marker: 'square' },
  nemuro: { color: '#D55E00', marker: 'triangle' },
};

export const KPI_CHART = {
  grid: '#e7e3da',
  axis: UI.muted,
  /** Fill of the band of a cumulative target span (H28〜R2累計). */
  targetBand: '#efe9dc',
  slip: UI.danger,
  background: UI.panel,
};

/** Text colours of the statuses on white (contrast ≥ 4.5:1). */
export const KPI_STATUS_COLOR: Record<KpiStatus, string> = {
  achieved: '#1e7b34',
  'on-track': UI.accent,
  behind: UI.danger,
  unknown: UI.muted,
};
