import { describe, expect, it } from 'vitest';
import { Atlas } from '../domain/atlas.ts';
import { t } from '../domain/i18n.ts';
import { loadRealData } from '../../test/load-data.ts';
import { CREDITS, attributionHtml, creditsFor } from './credits.ts';

const { atlas, dataset } = loadRealData();
const offline = { basemap: 'offline', context: [] } as const;

describe('creditsFor', () => {
  it('credits the official boundaries, the land beyond, the 国土数値情報 fishing ports when drawn, and the plans, in that order', () => {
    const credits = creditsFor(atlas, 'ja', offline);
    expect(credits[0]).toBe('「国土数値情報（行政区域データ）」（国土交通省）を加工して作成');
    expect(credits[1]).toContain('OpenStreetMap');
    expect(credits.at(-1)).toBe(t('ja', 'creditPlans'));
    const ports = atlas.data.items.some((i) => i.properties.geometry_basis.includes('国土数値情報'));
    expect(credits.includes(t('ja', 'creditKsj'))).toBe(ports);
    expect(t('ja', 'creditKsj')).toContain('国土数値情報');
  });

  it('leaves out the fishing-port credit when no drawn item comes from 国土数値情報', () => {
    const without = new Atlas({ ...dataset, items: dataset.items.filter((i) => !i.properties.geometry_basis.includes('国土数値情報')) });
    expect(creditsFor(without, 'ja', offline)).not.toContain(CREDITS.find((c) => c.id === 'fishing-ports')!.text('ja'));
    expect(creditsFor(without, 'ja', offline)).toHaveLength(3);
  });

  it('never shows a data file’s own attribution: credits are the fixed lines of the code', () => {
    const evil = '<img src=x onerror="alert(1)">Land © Someone';
    const withCredit = new Atlas({
      ...dataset,
      labels: { type: 'FeatureCollection', features: [], attribution: evil } as never,
    });
    const credits = creditsFor(withCredit, 'ja', offline);
    expect(credits.join('\n')).not.toContain('Someone');
    expect(credits.join('\n')).not.toContain('<');
    const fixed = new Set(CREDITS.flatMap((c) => [c.text('ja'), c.text('en')]));
    for (const line of credits) expect(fixed.has(line)).toBe(true);
  });

  it('credits the online basemap drawn: 地理院タイル or OpenStreetMap', () => {
    for (const basemap of ['gsi-pale', 'gsi-std', 'gsi-photo'] as const)
      expect(creditsFor(atlas, 'ja', { basemap, context: [] })).toContain(t('ja', 'creditGsiTiles'));
    expect(t('ja', 'creditGsiTiles')).toContain('地理院タイル');
    const osm = creditsFor(atlas, 'en', { basemap: 'osm', context: [] });
    expect(osm).toContain(t('en', 'creditOsmTiles'));
    expect(osm).not.toContain(t('en', 'creditGsiTiles'));
    expect(creditsFor(atlas, 'ja', offline)).not.toContain(t('ja', 'creditGsiTiles'));
  });

  it('credits Geolonia 住所データ (CC BY 4.0) when a context layer built on it is on, and only then', () => {
    expect(creditsFor(atlas, 'ja', offline).join()).not.toContain('Geolonia');
    expect(creditsFor(atlas, 'ja', { basemap: 'offline', context: ['expressway'] }).join()).not.toContain('Geolonia');
    for (const layer of ['parks', 'byways', 'islands'] as const) {
      const line = creditsFor(atlas, 'ja', { basemap: 'offline', context: [layer] }).find((c) => c.includes('Geolonia'));
      expect(line, layer).toContain('CC BY 4.0');
    }
  });
});

describe('creditsFor in English', () => {
  it('gives the same lines in English', () => {
    const ja = creditsFor(atlas, 'ja', offline);
    const en = creditsFor(atlas, 'en', offline);
    expect(en).toHaveLength(ja.length);
    expect(en[0]).toBe(t('en', 'creditN03'));
    expect(en[1]).toContain('OpenStreetMap');
    expect(en.at(-1)).toBe(t('en', 'creditPlans'));
  });
});

describe('attributionHtml', () => {
  it('escapes every line, so the attribution control (which sets innerHTML) shows it as text', () => {
    expect(attributionHtml(['a <b>&</b> "c"'])).toEqual(['a &lt;b&gt;&amp;&lt;/b&gt; &quot;c&quot;']);
    expect(attributionHtml(['x'], 'L<i>')).toEqual([
      'x',
      '<a href="./THIRD-PARTY-NOTICES.txt" target="_blank" rel="noopener">L&lt;i&gt;</a>',
    ]);
  });
});
