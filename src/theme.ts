import type { KpiStatus, Split } from './domain/kpi.ts';
import type { LocatedCategory, PromoterId } from './domain/types.ts';

/**
 * The only place colours are defined. Category colours are the Okabe–Ito palette
 * (distinguishable with the common colour-vision deficiencies); each category also has its own
 * symbol shape or line pattern, so colour is never the only cue.
 */
export const CATEGORY_STYLE: Record<LocatedCategory | 'imported', { color: string; shape: SymbolShape; dash?: number[] }> = {
  'fishing-port': { color: '#0072B2', shape: 'circle' },
  harbor: { color: '#000000', shape: 'square' },
  road: { color: '#D55E00', shape: 'diamond' },
  river: { color: '#56B4E9', shape: 'circle', dash: [2, 1] },
  agriculture: { color: '#C9B200', shape: 'square', dash: [3, 2] },
  park: { color: '#009E73', shape: 'hexagon' },
  airport: { color: '#CC79A7', shape: 'triangle' },
  'disaster-prevention': { color: '#E69F00', shape: 'triangle-down' },
  imported: { color: '#7B3294', shape: 'star' },
};

export type SymbolShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'star';

/** The documents print 国 projects in red and 道 projects in blue. */
export const PROMOTER_COLOR: Record<PromoterId, string> = {
  kuni: '#C0392B',
  do: '#1F5FBF',
};

export const BASEMAP = {
  sea: '#cfe3ef',
  land: '#f7f4ec',
  landOutline: '#9fb4c2',
  label: '#3b3b3b',
  labelHalo: '#ffffff',
  waterLabel: '#4a6a80',
  island: '#efe9dc',
  lake: '#cfe3ef',
  lakeOutline: '#9fb4c2',
  municipalityLine: '#9a8f80',
  subprefectureLine: '#6b5e4e',
  subprefectureLabel: '#6b5e4e',
};

/** The area a planner asked about: its outline, and the dimming of everything else. */
export const AREA = {
  outline: '#b3261e',
  outlineCasing: '#ffffff',
  mask: '#5b5b5b',
  maskOpacity: 0.35,
};

/** Context layers: muted so the plan's own infrastructure stays in front. */
export const CONTEXT = {
  park: '#2e7d32',
  ramsar: '#1565c0',
  byway: '#6a1b9a',
  expressway: '#37474f',
  expresswaySection: '#ffb300',
  island: '#455a64',
  labelHalo: '#ffffff',
};

export const HIGHLIGHT = {
  selected: '#FFD400',
  hover: '#FFFFFF',
  halo: '#1a1a1a',
};

/** Infrastructure symbols' surroundings: casings, dot rims, labels, and a colour for an unknown category. */
export const ITEM = {
  casing: '#ffffff',
  dotRim: '#ffffff',
  label: '#1a1a1a',
  labelHalo: '#ffffff',
  unknown: '#666666',
  /** The white rim drawn around each category's icon. */
  iconRim: '#ffffff',
};

/** UI surfaces the projector theme keeps as they are. */
const SURFACES = {
  /** Text and rules on the accent or ink (chosen toggles, notices). */
  onDark: '#ffffff',
  /** A chosen row or value (list selection, facet values, search results). */
  chosen: '#fff3b0',
  /** A row or button under the pointer. */
  hover: '#f0ede6',
  /** Hairlines between list rows. */
  rule: '#eeeeee',
  /** The shadow of what floats over the map. */
  shadow: 'rgb(0 0 0 / 0.2)',
  /** Behind the phone's drawer: the map dimmed, still seen. */
  scrim: 'rgb(0 0 0 / 0.45)',
  /** The map's tint while a file is dragged over it. */
  dropTint: 'rgb(11 83 148 / 0.25)',
};

/** The handout's QR code: black on white, what every phone camera reads. */
export const QR = { dark: '#000000', light: '#ffffff' };

export const UI = {
  ink: '#1a1a1a',
  muted: '#5b5b5b',
  panel: '#ffffff',
  border: '#d0cbc0',
  accent: '#0b5394',
  focus: '#ff8c00',
  danger: '#a40000',
  dangerBg: '#fde8e8',
  ...SURFACES,
};

/**
 * High-contrast overrides for a projector at a community meeting. Projectors wash out greys and
 * pale colours, and the back of a hall is far: black on white, black borders, a dark accent, a
 * focus ring that shows on black and on white, and larger text.
 */
export const PROJECTOR_UI: Record<keyof typeof UI, string> = {
  ink: '#000000',
  // 15.9:1 on white: still reads as secondary, unlike the 6.9:1 grey that fades on a projector.
  muted: '#222222',
  panel: '#ffffff',
  border: '#000000',
  accent: '#003a75',
  // 4.8:1 on white and 4.4:1 on black: the ring shows whatever it surrounds.
  focus: '#b35900',
  danger: '#8b0000',
  dangerBg: '#ffe5e5',
  ...SURFACES,
};

/**
 * The map on a projector: pale sea on pale land washes out (1.2:1), so the sea is darker
 * (land/sea 3.9:1), the coast and item lines stronger, and every label large enough for the back
 * of a hall.
 */
export const PROJECTOR_MAP = {
  sea: '#4f7fa6',
  land: BASEMAP.land,
  landOutline: '#1a1a1a',
  /** Municipal and 振興局 boundaries, black rather than grey. */
  boundary: '#000000',
  /** Text size of every map label, in CSS pixels (≥ 16 px). */
  labelPx: 18,
  /** Item lines (roads, rivers): the desk's emphasised width for all of them, wider still with emphasis. */
  itemLineWidth: 7,
  itemLineWidthEmphasis: 9,
  /** Item icons and their selection halo, larger than at the desk (1, 16 px). */
  iconScale: 1.4,
  haloRadius: 22,
  /** Area fills (districts, parks) when not emphasised; the desk's 0.3 washes out on a projector. */
  itemFillOpacity: 0.55,
};

/**
 * KPI charts, overview and activity list. Every split also has its own marker shape and a direct
 * label, and every status its own symbol, so colour is never the only cue.
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

/**
 * The Hokkaido view: 振興局 filled by a measure on a sequential ramp (ColorBrewer YlGnBu, light =
 * low, dark = high; readable in greyscale), outlines of the 連携地域 heavier than the 振興局's.
 */
export const REGIONS = {
  ramp: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  noValue: '#eeeeee',
  sea: BASEMAP.sea,
  subprefectureLine: '#6f7f8c',
  regionLine: '#1b2733',
  selected: '#D55E00',
  hovered: '#000000',
};
