import { describe, expect, it } from 'vitest';
import { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import { loadRealData } from '../../test/load-data.ts';
import { CREDITS, creditsFor } from './credits.ts';

const { atlas, dataset } = loadRealData();

describe('creditsFor', () => {
  it('credits the official boundaries, the land beyond, the 国土数値情報 fishing ports when drawn, and the plans, in that order', () => {
    const credits = creditsFor(atlas, 'ja');
    expect(credits[0]).toBe('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
    expect(credits[1]).toContain('OpenStreetMap');
    expect(credits.at(-1)).toBe(t('ja', 'creditPlans'));
    const ports = atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報'));
    expect(credits.includes(t('ja', 'creditKsj'))).toBe(ports);
    expect(t('ja', 'creditKsj')).toContain('国土数値情報');
  });

  it('leaves out the fishing-port credit when no drawn item comes from 国土数値情報', () => {
    const without = new Atlas({ ...dataset, items: dataset.items.filter((i) => !i.properties.geometry_basis.includes('国土数値情報')) });
    expect(creditsFor(without, 'ja')).not.toContain(CREDITS.find((c) => c.id === 'fishing-ports')!.text(without, 'ja'));
    expect(creditsFor(without, 'ja')).toHaveLength(3);
  });

  it('uses the land file’s own credit when it names one', () => {
    const withCredit = new Atlas({ ...dataset, boundaries: null, land: { type: 'FeatureCollection', features: [], attribution: 'Land © Someone' } as never });
    expect(creditsFor(withCredit, 'ja')[0]).toBe('Land © Someone');
  });
});

describe('creditsFor in English', () => {
  it('gives the same lines in English, the OSM land credit as its file has it', () => {
    const ja = creditsFor(atlas, 'ja');
    const en = creditsFor(atlas, 'en');
    expect(en).toHaveLength(ja.length);
    expect(en[0]).toBe(t('en', 'creditN03'));
    expect(en[1]).toBe(ja[1]);
    expect(en.at(-1)).toBe(t('en', 'creditPlans'));
  });
});
