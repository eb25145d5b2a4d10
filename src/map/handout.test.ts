import { describe, expect, it } from 'vitest';
import { CATEGORY_STYLE } from '../theme.ts';
import {
  type LayoutInput,
  type Measure,
  type Rect,
  SIZE,
  containRect,
  formatHandoutDate,
  handoutLayout,
  handoutLegend,
  metresPerPixel,
  niceScale,
  wrapText,
} from './handout.ts';

/** A stand-in for measureText: full-width characters one em, others 0.55 em. */
const measure: Measure = (text, px) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.55), 0);

const input = (over: Partial<LayoutInput> = {}): LayoutInput => ({
  mapWidth: 1200,
  mapHeight: 800,
  title: '農林水産業をはじめとする地域産業の持続的発展プロジェクト',
  subtitle: '推進主体 国 ・ 主な基盤整備 16件',
  legendLabels: handoutLegend('ja').map((l) => l.label),
  scale: { metres: 100, pixels: 1 },
  attribution:
    '© OpenStreetMap contributors (ODbL) ・「国土数値情報（漁港データ）」（国土交通省）を加工して作成 ・ 事業・指標: 釧路・根室連携地域の計画資料',
  date: new Date(2025, 4, 1),
  lang: 'ja',
  measure,
  ...over,
});

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-9 &&
  inner.y >= outer.y - 1e-9 &&
  inner.x + inner.w <= outer.x + outer.w + 1e-9 &&
  inner.y + inner.h <= outer.y + outer.h + 1e-9;

describe('scale', () => {
  it('gives MapLibre’s ground resolution for 512 px tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(43, 10)).toBeCloseTo((78271.517 * Math.cos((43 * Math.PI) / 180)) / 1024, 3);
  });

  it('picks the longest round length that fits', () => {
    expect(niceScale(50, 180)).toEqual({ metres: 5000, px: 100, label: '5 km' });
    expect(niceScale(1, 180)).toEqual({ metres: 100, px: 100, label: '100 m' });
    expect(niceScale(0.5, 180)).toEqual({ metres: 50, px: 100, label: '50 m' });
    expect(niceScale(100, 180).label).toBe('10 km');
  });
});

describe('text', () => {
  it('dates the handout in either language', () => {
    expect(formatHandoutDate(new Date(2025, 4, 1), 'ja')).toBe('2025年5月1日');
    expect(formatHandoutDate(new Date(2025, 4, 1), 'en')).toBe('1 May 2025');
  });

  it('breaks Japanese anywhere but never before closing punctuation, and English between words', () => {
    const ja = wrapText('釧路港、根室港の整備', 3 * 10, 10, measure);
    expect(ja.join('')).toBe('釧路港、根室港の整備');
    expect(ja.every((l) => !/^[、。]/.test(l))).toBe(true);
    expect(ja[0]).toBe('釧路港、');
    const en = wrapText('Port of Kushiro and Port of Nemuro', 90, 10, measure);
    expect(en).toEqual(['Port of Kushiro', 'and Port of', 'Nemuro']);
    expect(wrapText('一行目\n二行目', 1000, 10, measure)).toEqual(['一行目', '二行目']);
  });
});

describe('handoutLayout', () => {
  it('places every part on the page without overlaps', () => {
    const l = handoutLayout(input());
    const page: Rect = { x: 0, y: 0, w: l.width, h: l.height };
    expect(l.width).toBe(SIZE.width);
    expect(inside(l.map, page)).toBe(true);
    // Title and subtitle above the map; the date on the title's line, at the right.
    for (const t of [...l.titleLines, l.subtitle!]) expect(t.y).toBeLessThan(l.map.y);
    expect(l.date.x).toBe(l.width - SIZE.margin);
    const titleRight = Math.max(...l.titleLines.map((t) => t.x + measure(t.text, SIZE.titlePx)));
    expect(titleRight).toBeLessThan(l.date.x - measure(l.date.text, SIZE.bodyPx));
    // The legend beside the map, one row per entry.
    expect(l.legendRows).toHaveLength(8);
    for (const r of l.legendRows) expect(r.symbol.x).toBeGreaterThan(l.map.x + l.map.w);
    expect(l.legendRows.at(-1)!.symbol.y + SIZE.symbol).toBeLessThan(l.height);
    // The scale bar in the map's lower-left corner.
    expect(inside(l.scaleBox, l.map)).toBe(true);
    expect(l.scaleBox.x).toBeLessThan(l.map.x + l.map.w / 2);
    expect(l.scaleBox.y).toBeGreaterThan(l.map.y + l.map.h / 2);
    // The attribution below the map and the legend, inside the page.
    const bodyBottom = Math.max(l.map.y + l.map.h, l.legendRows.at(-1)!.symbol.y + SIZE.symbol);
    expect(l.attributionLines.length).toBeGreaterThan(0);
    for (const a of l.attributionLines) {
      expect(a.y).toBeGreaterThan(bodyBottom);
      expect(a.y).toBeLessThan(l.height);
      expect(a.x + measure(a.text, SIZE.smallPx)).toBeLessThanOrEqual(l.width - SIZE.margin + 1e-9);
    }
  });

  it('draws the whole map undistorted', () => {
    const l = handoutLayout(input());
    expect(l.mapImage.w / l.mapImage.h).toBeCloseTo(1200 / 800, 5);
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(l.mapImage[k]).toBeCloseTo(l.map[k], 6);
    const tall = handoutLayout(input({ mapWidth: 600, mapHeight: 1200 }));
    expect(tall.map.h).toBe(tall.map.w);
    expect(tall.mapImage.w / tall.mapImage.h).toBeCloseTo(0.5, 5);
    expect(inside(tall.mapImage, tall.map)).toBe(true);
    expect(tall.mapImage.x - tall.map.x).toBeCloseTo(tall.map.x + tall.map.w - (tall.mapImage.x + tall.mapImage.w), 5);
  });

  it('measures the scale bar on the map as drawn, not as shown', () => {
    const l = handoutLayout(input());
    // 100 m per shown pixel; the 1200 px map is drawn 1012 px wide, so each drawn pixel is 118.6 m.
    const perDrawnPx = 100 * (1200 / l.mapImage.w);
    expect(l.scaleBar.label).toBe('20 km');
    expect(l.scaleBar.length).toBeCloseTo(20000 / perDrawnPx, 6);
    expect(l.scaleBar.length).toBeLessThanOrEqual(SIZE.scaleMaxPx);
  });

  it('keeps a long title to two lines', () => {
    const l = handoutLayout(input({ title: '長い題名'.repeat(40) }));
    expect(l.titleLines).toHaveLength(2);
    expect(l.titleLines[1]!.text.endsWith('…')).toBe(true);
  });

  it('has no subtitle line when there is none', () => {
    const withSub = handoutLayout(input());
    const without = handoutLayout(input({ subtitle: undefined }));
    expect(without.subtitle).toBeNull();
    expect(without.map.y).toBeLessThan(withSub.map.y);
  });

  it('fits an image inside a box, centred', () => {
    expect(containRect({ x: 0, y: 0, w: 200, h: 100 }, 50, 50)).toEqual({ x: 50, y: 0, w: 100, h: 100 });
  });
});

describe('handoutLegend', () => {
  it('uses the map’s colours and shapes, with roads and rivers as lines', () => {
    const legend = handoutLegend('en');
    expect(legend).toHaveLength(8);
    expect(legend[0]).toEqual({ label: 'Fishing ports', color: CATEGORY_STYLE['fishing-port'].color, shape: 'circle' });
    expect(legend.find((l) => l.label === 'Roads')!.shape).toBe('line');
    expect(handoutLegend('ja', ['harbor'])).toEqual([{ label: '港湾', color: CATEGORY_STYLE.harbor.color, shape: 'square' }]);
  });
});

describe('a 1 MB title', () => {
  it('is laid out in the title lines the handout has room for, ending in an ellipsis, quickly', () => {
    const started = performance.now();
    const l = handoutLayout(input({ title: 'あ'.repeat(1_000_000) }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(l.titleLines.length).toBeLessThanOrEqual(2);
    expect(l.titleLines.at(-1)!.text.endsWith('…')).toBe(true);
    expect(l.titleLines.reduce((n, line) => n + line.text.length, 0)).toBeLessThan(500);
  });
});
