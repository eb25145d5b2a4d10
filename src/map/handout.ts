import { categoryLabel, t } from '../domain/i18n.ts';
import { LOCATED_CATEGORIES, type Lang, type LocatedCategory } from '../domain/types.ts';
import { CATEGORY_STYLE } from '../theme.ts';
import { type Measure, type MiniKpi, type Rect, type SideLayout, sideColumn } from './handout-parts.ts';

export type { Measure, Rect };
import { scaleBar as scaleBarFor } from '../domain/scale-bar.ts';

/**
 * A handout of the current view: one PNG with the map, title, legend, scale bar, attribution and
 * date, drawn with the 2D canvas API at twice the layout size so it prints sharp on A4. The layout
 * is a pure function (tested); the drawing only follows it.
 */

export interface HandoutLegendEntry {
  label: string;
  color: string;
  /** A map symbol shape (circle, square, diamond, triangle, triangle-down, hexagon), 'line', or 'ring' (the highlight). */
  shape: string;
}

export interface HandoutOptions {
  /** MapLibre's canvas (map.getCanvas()); it needs preserveDrawingBuffer, which the map sets. */
  mapCanvas: HTMLCanvasElement;
  title: string;
  subtitle?: string;
  legend: HandoutLegendEntry[];
  /** `metres` on the ground span `pixels` CSS pixels of the map as shown (see metresPerPixel). */
  scale: { metres: number; pixels: number };
  attribution: string;
  date: Date;
  lang: Lang;
  /** Output pixels per layout pixel; 2 by default. */
  pixelRatio?: number;
  /** The map's CSS size as shown (a copy of its canvas has only device pixels). */
  shown?: { w: number; h: number };
  /** The part of the shown map to print, in its CSS pixels (what the audience saw); all of it by default. */
  crop?: Rect;
  /** The scene's text, a KPI mini-chart and the QR code of the permalink, in the column under the legend. */
  caption?: string;
  kpi?: MiniKpi | null;
  qr?: HTMLCanvasElement;
}

/** Where each part goes, in layout pixels (the PNG is this times the pixel ratio). */
export interface HandoutLayout {
  width: number;
  height: number;
  titleLines: { text: string; x: number; y: number }[];
  subtitle: { text: string; x: number; y: number } | null;
  /** Right-aligned at x. */
  date: { text: string; x: number; y: number };
  /** The map's frame, and the map image inside it (same aspect as the canvas). */
  map: Rect;
  mapImage: Rect;
  legendTitle: { text: string; x: number; y: number };
  legendRows: { symbol: Rect; labelX: number; labelY: number }[];
  /** The scale bar's backing box, the bar itself and its label. */
  scaleBox: Rect;
  scaleBar: { x: number; y: number; length: number; label: string };
  side: SideLayout;
  attributionLines: { text: string; x: number; y: number }[];
}

export interface LayoutInput {
  /** The map's CSS size as shown. */
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle?: string;
  legendLabels: string[];
  scale: { metres: number; pixels: number };
  attribution: string;
  date: Date;
  lang: Lang;
  measure: Measure;
  caption?: string;
  kpi?: MiniKpi | null;
  qr?: boolean;
}

export const FONT_FAMILY = "'Noto Sans JP', sans-serif";
/** Layout sizes, in layout pixels. 1400 wide at 2× is 2800 px: about 240 dpi across an A4 landscape page. */
export const SIZE = {
  width: 1400,
  margin: 32,
  gap: 24,
  legendWidth: 300,
  titlePx: 30,
  subtitlePx: 18,
  bodyPx: 16,
  smallPx: 13,
  rowHeight: 30,
  symbol: 18,
  scaleMaxPx: 180,
} as const;
/** The map's frame keeps between a wide strip and a square; a taller or wider map is fitted inside it. */
const ASPECT_RANGE = [0.45, 1] as const;
const TITLE_MAX_LINES = 2;
const TITLE_MAX_CHARS = 1_000;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------- pure parts

/** Ground metres per CSS pixel of a MapLibre map (512 px tiles) at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE = 40075016.686;
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in maxPx, as a bar length and a label. */
export function niceScale(metresPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  return scaleBarFor(metresPerPx, 1, 1, maxPx);
}

export function formatHandoutDate(date: Date, lang: Lang): string {
  const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
  return lang === 'ja' ? `${y}年${m + 1}月${d}日` : `${d} ${MONTHS[m]} ${y}`;
}

/** The legend of the map's categories, with the map's own colours and shapes; roads and rivers are lines. */
export function handoutLegend(lang: Lang, categories: readonly LocatedCategory[] = LOCATED_CATEGORIES): HandoutLegendEntry[] {
  return categories.map((c) => ({
    label: categoryLabel(lang, c),
    color: CATEGORY_STYLE[c].color,
    shape: c === 'road' || c === 'river' ? 'line' : CATEGORY_STYLE[c].shape,
  }));
}

/** Japanese breaks between any two characters, Latin text between words; closing punctuation never starts a line. */
const TOKENS = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+\s*|\s+/g;
const NO_LINE_START = /^[、。，．）」』】〕・ー：；！？)\],.:;!?]/;

/** Greedy line breaking to a width. A single token wider than the line gets a line of its own. */
export function wrapText(text: string, width: number, px: number, measure: Measure, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(TOKENS) ?? []) {
      const candidate = line + token;
      if (line && measure(candidate.trimEnd(), px, bold) > width && !NO_LINE_START.test(token)) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Lines past `max` are dropped and the last kept one ends in an ellipsis. */
function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/.$/u, '')}…`;
  return kept;
}

/** Fits a w×h image inside a box, centred, keeping its aspect. */
export function containRect(box: Rect, w: number, h: number): Rect {
  const k = Math.min(box.w / w, box.h / h);
  const iw = w * k;
  const ih = h * k;
  return { x: box.x + (box.w - iw) / 2, y: box.y + (box.h - ih) / 2, w: iw, h: ih };
}

/**
 * Header (title, subtitle, date), then the map with the legend beside it and the scale bar in
 * its lower-left corner, then the attribution across the foot.
 */
export function handoutLayout(input: LayoutInput): HandoutLayout {
  const { margin, gap, legendWidth, width, rowHeight } = SIZE;
  const m = input.measure;
  const dateText = `${t(input.lang, 'handoutMade')} ${formatHandoutDate(input.date, input.lang)} · ${t(input.lang, 'appTitle')}`;
  const dateWidth = m(dateText, SIZE.bodyPx);
  const titleWidth = width - 2 * margin - dateWidth - gap;
  // Two lines hold a few hundred characters at most: a 1 MB name is cut before it is measured.
  const titleText = clampLines(wrapText(input.title.slice(0, TITLE_MAX_CHARS), titleWidth, SIZE.titlePx, m, true), TITLE_MAX_LINES);
  let y = margin;
  const titleLines = titleText.map((text) => {
    const line = { text, x: margin, y: y + SIZE.titlePx };
    y += SIZE.titlePx * 1.3;
    return line;
  });
  const date = { text: dateText, x: width - margin, y: margin + SIZE.titlePx };
  let subtitle: HandoutLayout['subtitle'] = null;
  if (input.subtitle) {
    subtitle = { text: input.subtitle, x: margin, y: y + SIZE.subtitlePx + 4 };
    y += SIZE.subtitlePx * 1.5 + 4;
  }
  y += gap * 0.75;

  const mapW = width - 2 * margin - legendWidth - gap;
  const aspect = clamp(input.mapHeight / Math.max(input.mapWidth, 1), ASPECT_RANGE[0], ASPECT_RANGE[1]);
  const map: Rect = { x: margin, y, w: mapW, h: mapW * aspect };
  const mapImage = containRect(map, Math.max(input.mapWidth, 1), Math.max(input.mapHeight, 1));

  const legendX = margin + mapW + gap;
  const legendTitle = { text: t(input.lang, 'handoutLegend'), x: legendX, y: y + SIZE.bodyPx };
  const legendRows = input.legendLabels.map((_, i) => {
    const top = y + rowHeight * (i + 1) + (rowHeight - SIZE.symbol) / 2;
    return {
      symbol: { x: legendX, y: top, w: SIZE.symbol, h: SIZE.symbol },
      labelX: legendX + SIZE.symbol + 10,
      labelY: top + SIZE.symbol / 2,
    };
  });
  const legendBottom = y + rowHeight * (input.legendLabels.length + 1);

  const scale = scaleBar(input, mapImage, map);
  const wrap = (text: string, w: number, px: number) => wrapText(text, w, px, m);
  const side = sideColumn(
    { x: legendX, y: legendBottom, w: legendWidth, caption: input.caption, kpi: input.kpi ?? null, qr: !!input.qr, measure: m },
    wrap,
    input.lang,
  );
  const bodyBottom = Math.max(map.y + map.h, side.bottom);
  const lineHeight = SIZE.smallPx * 1.45;
  let footY = bodyBottom + gap * 0.75;
  const attributionLines = wrapText(input.attribution, width - 2 * margin, SIZE.smallPx, m).map((text) => {
    footY += lineHeight;
    return { text, x: margin, y: footY - lineHeight * 0.3 };
  });
  return {
    width,
    height: Math.ceil(footY + margin),
    titleLines,
    subtitle,
    date,
    map,
    mapImage,
    legendTitle,
    legendRows,
    scaleBox: scale.box,
    scaleBar: scale.bar,
    side,
    attributionLines,
  };
}

/** The bar measures the map as drawn: the map image is the shown map scaled by mapImage.w / mapWidth. */
function scaleBar(input: LayoutInput, mapImage: Rect, map: Rect): { box: Rect; bar: HandoutLayout['scaleBar'] } {
  const nice = scaleBarFor(input.scale.metres / input.scale.pixels, input.mapWidth, mapImage.w, SIZE.scaleMaxPx);
  const pad = 10;
  const box: Rect = { x: map.x + 12, y: map.y + map.h - 12 - (SIZE.bodyPx + 24), w: nice.px + 2 * pad, h: SIZE.bodyPx + 24 };
  return { box, bar: { x: box.x + pad, y: box.y + box.h - 9, length: nice.px, label: nice.label } };
}

function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : lo;
}
