import { t } from '../domain/i18n.ts';
import { HIGHLIGHT, UI } from '../theme.ts';
import {
  FONT_FAMILY,
  type HandoutLayout,
  type HandoutLegendEntry,
  type HandoutOptions,
  type Rect,
  SIZE,
  formatHandoutDate,
  handoutLayout,
} from './handout.ts';
import { SIDE, type SideLayout } from './handout-parts.ts';

/** Draws the handout laid out by handout.ts with the 2D canvas API. */

/** Draws the handout and returns it as a PNG. */
export async function composeHandout(opts: HandoutOptions): Promise<Blob> {
  const ratio = opts.pixelRatio ?? 2;
  const fixed = [
    t(opts.lang, 'handoutLegend'),
    t(opts.lang, 'handoutMade'),
    t(opts.lang, 'appTitle'),
    formatHandoutDate(opts.date, opts.lang),
    '0123456789 km·…',
  ];
  await loadFonts(
    [
      opts.title,
      opts.subtitle ?? '',
      opts.attribution,
      opts.caption ?? '',
      opts.kpi?.title ?? '',
      ...opts.legend.map((l) => l.label),
      ...fixed,
    ].join(''),
  );
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas context for the handout');
  const crop = opts.crop ?? { x: 0, y: 0, ...(opts.shown ?? shownSize(opts.mapCanvas)) };
  const layout = handoutLayout({
    mapWidth: crop.w,
    mapHeight: crop.h,
    caption: opts.caption,
    kpi: opts.kpi ?? null,
    qr: !!opts.qr,
    title: opts.title,
    legendLabels: opts.legend.map((l) => l.label),
    scale: opts.scale,
    attribution: opts.attribution,
    date: opts.date,
    lang: opts.lang,
    measure: (text, px, bold) => {
      ctx.font = font(px, bold);
      return ctx.measureText(text).width;
    },
    ...(opts.subtitle ? { subtitle: opts.subtitle } : {}),
  });
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  ctx.scale(ratio, ratio);
  draw(ctx, layout, opts);
  return toPng(canvas);
}

/** The map's CSS size: MapLibre sizes its canvas's style; a detached canvas falls back to its pixels. */
function shownSize(c: HTMLCanvasElement): { w: number; h: number } {
  return c.clientWidth > 0 && c.clientHeight > 0 ? { w: c.clientWidth, h: c.clientHeight } : { w: c.width, h: c.height };
}

function draw(ctx: CanvasRenderingContext2D, layout: HandoutLayout, opts: HandoutOptions): void {
  ctx.fillStyle = UI.panel;
  ctx.fillRect(0, 0, layout.width, layout.height);
  drawHeader(ctx, layout);
  drawMap(ctx, layout, opts.mapCanvas, opts.crop, opts.shown);
  drawLegend(ctx, layout, opts.legend);
  drawScale(ctx, layout);
  drawSide(ctx, layout.side, opts.qr);
  text(ctx, layout.attributionLines, SIZE.smallPx, UI.muted);
}

function drawHeader(ctx: CanvasRenderingContext2D, layout: HandoutLayout): void {
  text(ctx, layout.titleLines, SIZE.titlePx, UI.ink, true);
  if (layout.subtitle) text(ctx, [layout.subtitle], SIZE.subtitlePx, UI.muted);
  ctx.textAlign = 'right';
  text(ctx, [layout.date], SIZE.bodyPx, UI.muted);
  ctx.textAlign = 'left';
}

function drawMap(
  ctx: CanvasRenderingContext2D,
  layout: HandoutLayout,
  map: HTMLCanvasElement,
  crop?: Rect,
  shown?: { w: number; h: number },
): void {
  const img = layout.mapImage;
  // Device pixels per CSS pixel of the copy: the crop is in CSS pixels.
  const k = shown && shown.w > 0 ? map.width / shown.w : 1;
  const src = crop ? { x: crop.x * k, y: crop.y * k, w: crop.w * k, h: crop.h * k } : { x: 0, y: 0, w: map.width, h: map.height };
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(map, src.x, src.y, src.w, src.h, img.x, img.y, img.w, img.h);
  ctx.strokeStyle = UI.ink;
  ctx.lineWidth = 1;
  ctx.strokeRect(layout.map.x + 0.5, layout.map.y + 0.5, layout.map.w - 1, layout.map.h - 1);
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: HandoutLayout, legend: HandoutLegendEntry[]): void {
  text(ctx, [layout.legendTitle], SIZE.bodyPx, UI.ink, true);
  ctx.textBaseline = 'middle';
  layout.legendRows.forEach((row, i) => {
    const entry = legend[i];
    if (!entry) return;
    symbol(ctx, row.symbol, entry);
    text(ctx, [{ text: entry.label, x: row.labelX, y: row.labelY }], SIZE.bodyPx, UI.ink);
  });
  ctx.textBaseline = 'alphabetic';
}

function drawScale(ctx: CanvasRenderingContext2D, layout: HandoutLayout): void {
  const { scaleBox: box, scaleBar: bar } = layout;
  ctx.fillStyle = UI.panel;
  ctx.globalAlpha = 0.9;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = UI.ink;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(bar.x, bar.y - 6);
  ctx.lineTo(bar.x, bar.y);
  ctx.lineTo(bar.x + bar.length, bar.y);
  ctx.lineTo(bar.x + bar.length, bar.y - 6);
  ctx.stroke();
  text(ctx, [{ text: bar.label, x: bar.x, y: bar.y - 9 }], SIZE.bodyPx, UI.ink);
}

function drawSide(ctx: CanvasRenderingContext2D, side: SideLayout, qr?: HTMLCanvasElement): void {
  text(ctx, side.captionLines, SIDE.captionPx, UI.ink);
  if (side.kpiTitle) text(ctx, [side.kpiTitle], SIDE.kpiPx, UI.ink, true);
  const chart = side.kpiChart;
  if (chart) {
    ctx.fillStyle = UI.accent;
    for (const b of chart.bars) ctx.fillRect(b.x, b.y, b.w, b.h);
    ctx.strokeStyle = UI.muted;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(chart.axis.x1, chart.axis.y + 0.5);
    ctx.lineTo(chart.axis.x2, chart.axis.y + 0.5);
    ctx.stroke();
    ctx.textAlign = 'center';
    for (const b of chart.bars) {
      text(ctx, [{ text: b.label, x: b.x + b.w / 2, y: chart.axis.y + 13 }], 11, UI.muted);
      text(ctx, [{ text: b.value, x: b.x + b.w / 2, y: b.y - 3 }], 11, UI.ink);
    }
    ctx.textAlign = 'left';
    if (chart.targetY !== null && chart.targetLabel) {
      ctx.strokeStyle = UI.danger;
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(chart.axis.x1, chart.targetY);
      ctx.lineTo(chart.axis.x2, chart.targetY);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.textAlign = 'right';
      text(ctx, [{ text: chart.targetLabel, x: chart.axis.x2, y: chart.targetY - 4 }], 11, UI.danger);
      ctx.textAlign = 'left';
    }
  }
  if (side.qr && qr) {
    // Nearest-neighbour: the modules stay sharp for a phone camera.
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(qr, side.qr.x, side.qr.y, side.qr.w, side.qr.h);
    ctx.imageSmoothingEnabled = true;
    ctx.textBaseline = 'middle';
    if (side.qrLabel) text(ctx, [side.qrLabel], SIZE.smallPx, UI.ink);
    ctx.textBaseline = 'alphabetic';
  }
}

/** The same shapes as the map and the on-screen legend, with the white edge that keeps them apart from the basemap. */
function symbol(ctx: CanvasRenderingContext2D, r: Rect, entry: HandoutLegendEntry): void {
  const { x, y, w, h } = r;
  const cx = x + w / 2;
  const cy = y + h / 2;
  ctx.fillStyle = entry.color;
  ctx.strokeStyle = entry.shape === 'line' ? entry.color : UI.panel;
  ctx.lineWidth = entry.shape === 'line' ? 4 : 1.5;
  ctx.beginPath();
  const poly = (pts: [number, number][]) =>
    pts.forEach(([px, py], i) => (i ? ctx.lineTo(x + px * w, y + py * h) : ctx.moveTo(x + px * w, y + py * h)));
  switch (entry.shape) {
    case 'ring':
      // The map's highlight: a white disc with a dark rim behind the item's symbol.
      ctx.fillStyle = HIGHLIGHT.hover;
      ctx.strokeStyle = HIGHLIGHT.halo;
      ctx.lineWidth = 2;
      ctx.arc(cx, cy, w * 0.48, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.beginPath();
      ctx.fillStyle = UI.muted;
      ctx.arc(cx, cy, w * 0.18, 0, 2 * Math.PI);
      ctx.fill();
      return;
    case 'line':
      ctx.moveTo(x, y + h * 0.75);
      ctx.bezierCurveTo(x + w * 0.35, y - h * 0.1, x + w * 0.65, y + h * 1.1, x + w, y + h * 0.25);
      ctx.stroke();
      return;
    case 'circle':
      ctx.arc(cx, cy, w * 0.4, 0, 2 * Math.PI);
      break;
    case 'diamond':
      poly([
        [0.5, 0],
        [1, 0.5],
        [0.5, 1],
        [0, 0.5],
      ]);
      break;
    case 'triangle':
      poly([
        [0.5, 0],
        [1, 0.9],
        [0, 0.9],
      ]);
      break;
    case 'triangle-down':
      poly([
        [0, 0.1],
        [1, 0.1],
        [0.5, 1],
      ]);
      break;
    case 'hexagon':
      poly([
        [1, 0.5],
        [0.75, 0.93],
        [0.25, 0.93],
        [0, 0.5],
        [0.25, 0.07],
        [0.75, 0.07],
      ]);
      break;
    default:
      ctx.rect(x + w * 0.1, y + h * 0.1, w * 0.8, h * 0.8);
  }
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

function text(
  ctx: CanvasRenderingContext2D,
  lines: { text: string; x: number; y: number }[],
  px: number,
  color: string,
  bold = false,
): void {
  ctx.font = font(px, bold);
  ctx.fillStyle = color;
  for (const l of lines) ctx.fillText(l.text, l.x, l.y);
}

function font(px: number, bold = false): string {
  return `${bold ? 700 : 400} ${px}px ${FONT_FAMILY}`;
}

/** The page loads Noto Sans JP by subsets; a canvas draws only glyphs already loaded, so load the ones the text needs first. */
async function loadFonts(sample: string): Promise<void> {
  try {
    await Promise.all([400, 700].map((w) => document.fonts.load(`${w} 16px ${FONT_FAMILY}`, sample)));
  } catch {
    // Without the font the handout falls back to a system font; still a usable handout.
  }
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the handout canvas could not be encoded as PNG'))), 'image/png');
  });
}
