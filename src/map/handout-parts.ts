import { shortEra } from '../domain/era.ts';
import { t } from '../domain/i18n.ts';
import { splitsOf, valueOf } from '../domain/kpi.ts';
import type { Kpi, Lang } from '../domain/types.ts';

/**
 * The handout's side column below the legend (the scene's text, a KPI mini-chart, the QR code
 * of the permalink) and the part of the map the audience saw. Pure: laid out here, drawn by
 * handout.ts.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Text width in layout pixels at a font size; the canvas's measureText in the app, a stub in tests. */
export type Measure = (text: string, px: number, bold?: boolean) => number;

/** A KPI reduced to what a mini-chart shows: one bar per year of its headline split, and the target. */
export interface MiniKpi {
  title: string;
  unit: string;
  bars: { label: string; value: number }[];
  target: number | null;
}

export interface SideInput {
  x: number;
  y: number;
  w: number;
  caption?: string;
  kpi?: MiniKpi | null;
  qr: boolean;
  measure: Measure;
}

export interface SideLayout {
  captionLines: { text: string; x: number; y: number }[];
  kpiTitle: { text: string; x: number; y: number } | null;
  kpiChart: MiniChart | null;
  qr: Rect | null;
  qrLabel: { text: string; x: number; y: number } | null;
  bottom: number;
}

export interface MiniChart {
  bars: (Rect & { label: string; value: string })[];
  /** The target's height, drawn as a dashed line across the chart. */
  targetY: number | null;
  targetLabel: string | null;
  axis: { x1: number; x2: number; y: number };
}

export const SIDE = { captionPx: 15, captionMaxLines: 9, kpiPx: 13, chartHeight: 120, qrSize: 132, gap: 14 } as const;

/** The headline split (the total, else the first split with figures), base then each year. */
export function miniKpi(kpi: Kpi, lang: Lang, name: string): MiniKpi | null {
  const split = splitsOf(kpi)[0];
  if (!split) return null;
  const rows = [kpi.base, ...kpi.observations];
  const bars = rows.flatMap((r) => {
    const v = valueOf(r, split);
    return v === null ? [] : [{ label: lang === 'ja' ? shortEra(r.year) : String(r.year), value: v }];
  });
  if (!bars.length) return null;
  // A cumulative span's target sums years: it is not comparable to one year's bar.
  const target = kpi.target.span ? null : valueOf(kpi.target, split);
  return { title: name, unit: kpi.unit_ja, bars, target };
}

/** Bars scaled to the box from zero; labels under the bars, values over them. */
export function miniChart(kpi: MiniKpi, box: Rect, lang: Lang): MiniChart {
  const top = Math.max(...kpi.bars.map((b) => b.value), kpi.target ?? 0, 0) || 1;
  const base = box.y + box.h - 16;
  const plotH = box.h - 34;
  const slot = box.w / kpi.bars.length;
  const fmt = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 });
  const bars = kpi.bars.map((b, i) => {
    const h = (Math.max(b.value, 0) / top) * plotH;
    return { x: box.x + i * slot + slot * 0.18, y: base - h, w: slot * 0.64, h, label: b.label, value: fmt.format(b.value) };
  });
  const targetY = kpi.target === null ? null : base - (kpi.target / top) * plotH;
  const targetLabel = kpi.target === null ? null : t(lang, 'handoutTarget', { value: fmt.format(kpi.target) });
  return { bars, targetY, targetLabel, axis: { x1: box.x, x2: box.x + box.w, y: base } };
}

export function sideColumn(input: SideInput, wrap: (text: string, w: number, px: number) => string[], lang: Lang): SideLayout {
  const { x, w } = input;
  let y = input.y + (input.caption ? SIDE.gap / 2 : 0);
  const lineH = SIDE.captionPx * 1.45;
  let lines = input.caption ? wrap(input.caption, w, SIDE.captionPx) : [];
  if (lines.length > SIDE.captionMaxLines) {
    lines = lines.slice(0, SIDE.captionMaxLines);
    lines[lines.length - 1] = `${lines[lines.length - 1]!.replace(/.$/u, '')}…`;
  }
  const captionLines = lines.map((text) => {
    y += lineH;
    return { text, x, y: y - lineH * 0.25 };
  });
  let kpiTitle: SideLayout['kpiTitle'] = null;
  let kpiChart: MiniChart | null = null;
  if (input.kpi) {
    y += SIDE.gap;
    const title = wrap(`${input.kpi.title}（${input.kpi.unit}）`, w, SIDE.kpiPx)[0] ?? '';
    kpiTitle = { text: title, x, y: y + SIDE.kpiPx };
    y += SIDE.kpiPx * 1.6;
    kpiChart = miniChart(input.kpi, { x, y, w, h: SIDE.chartHeight }, lang);
    y += SIDE.chartHeight;
  }
  let qr: Rect | null = null;
  let qrLabel: SideLayout['qrLabel'] = null;
  if (input.qr) {
    y += SIDE.gap;
    qr = { x, y, w: SIDE.qrSize, h: SIDE.qrSize };
    qrLabel = { text: t(lang, 'handoutQr'), x: x + SIDE.qrSize + 10, y: y + SIDE.qrSize / 2 };
    y += SIDE.qrSize;
  }
  return { captionLines, kpiTitle, kpiChart, qr, qrLabel, bottom: y };
}

/**
 * The part of the map the audience saw, in the map's CSS pixels: the caption card covers the
 * map's right `coveredRight` pixels during the tour, so the handout leaves them out.
 */
export function audienceCrop(shown: { w: number; h: number }, coveredRight: number): Rect {
  const w = Math.max(shown.w - Math.max(coveredRight, 0), shown.w * 0.3);
  return { x: 0, y: 0, w, h: shown.h };
}
