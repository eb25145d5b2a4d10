import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { audienceCrop, miniChart, miniKpi, sideColumn } from './handout-parts.ts';

const { atlas } = loadRealData();

describe('handout side column', () => {
  it('charts a KPI from its real figures: base then each year, with the target when it is one year', () => {
    const kpi = atlas.kpiById.get('kpi-unit-1-new-fishers')!;
    const mini = miniKpi(kpi, 'ja', kpi.name_ja)!;
    const expected = [kpi.base, ...kpi.observations].map((r) => r.total).filter((v): v is number => typeof v === 'number');
    expect(mini.bars.map((b) => b.value)).toEqual(expected);
    expect(mini.target).toBe(kpi.target.span ? null : (kpi.target.total ?? null));
  });

  it('scales bars from zero inside the box, the tallest (or the target) at the top of the plot', () => {
    const chart = miniChart(
      {
        title: 'x',
        unit: '人',
        bars: [
          { label: 'H27', value: 50 },
          { label: 'H28', value: 100 },
        ],
        target: 200,
      },
      { x: 0, y: 0, w: 200, h: 120 },
      'ja',
    );
    const [a, b] = chart.bars;
    expect(b!.h).toBeCloseTo(a!.h * 2);
    expect(a!.y + a!.h).toBeCloseTo(chart.axis.y);
    expect(chart.targetY).toBeCloseTo(chart.axis.y - (120 - 34));
    expect(chart.targetLabel).toBe('目標 200');
  });

  it('stacks caption, chart and QR code, each below the last', () => {
    const wrap = (text: string) => text.match(/.{1,20}/gu) ?? [];
    const side = sideColumn(
      {
        x: 10,
        y: 100,
        w: 300,
        caption: 'あ'.repeat(50),
        kpi: { title: 'k', unit: '件', bars: [{ label: 'R1', value: 3 }], target: null },
        qr: true,
        measure: () => 0,
      },
      wrap,
      'en',
    );
    expect(side.captionLines).toHaveLength(3);
    expect(side.kpiChart!.axis.y).toBeGreaterThan(side.captionLines.at(-1)!.y);
    expect(side.qr!.y).toBeGreaterThan(side.kpiChart!.axis.y);
    expect(side.bottom).toBe(side.qr!.y + side.qr!.h);
    expect(side.qrLabel!.text).toBe('Open this view');
  });

  it('leaves out the map under the caption card, never all of it', () => {
    expect(audienceCrop({ w: 1600, h: 900 }, 500)).toEqual({ x: 0, y: 0, w: 1100, h: 900 });
    expect(audienceCrop({ w: 1600, h: 900 }, 0).w).toBe(1600);
    expect(audienceCrop({ w: 400, h: 900 }, 500).w).toBe(120);
  });
});
