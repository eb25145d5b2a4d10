import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { SearchIndex, normalise, projectNumber } from './search.ts';
import { Atlas } from './atlas.ts';
import { rowsToItems } from './import/to-items.ts';

describe('normalise', () => {
  it('meets hiragana, katakana, half-width and full-width forms', () => {
    expect(normalise('アッケシ')).toBe(normalise('あっけし'));
    expect(normalise('ｱｯｹｼ')).toBe(normalise('あっけし'));
    expect(normalise('ＡＫＫＥＳＨＩ Port')).toBe('akkeshiport');
    expect(normalise('４－（３）')).toBe(normalise('4-(3)'));
  });
  it('keeps the long vowel mark, which is part of a word', () => {
    expect(normalise('ゼロカーボン')).toBe('ぜろかーぼん');
  });
});

describe('projectNumber', () => {
  it('reads loose project numbers', () => {
    for (const q of ['4-(3)', '４－（３）', '4(3)', '4-3', ' 4 - ( 3 ) ']) expect(projectNumber(q), q).toBe('4-(3)');
    expect(projectNumber('43漁港')).toBeNull();
  });
});

describe('SearchIndex over the real data', () => {
  const { atlas } = loadRealData();

  it('finds a 課題 of 000 and leads to the current project that continues its unit', () => {
    const hit = new SearchIndex(atlas).search('沿岸に来遊するサケ', 'ja').find((h) => h.kind === 'challenge');
    expect(hit).toMatchObject({ id: 'chl-unit-1-07', target: { selection: { kind: 'project', id: 'p-dairy-fishery-tech' } } });
  });

  it('finds a project of 003 / 004 anywhere in Hokkaido and leads to its region in the Hokkaido view', () => {
    const hits = new SearchIndex(atlas).search('ひがし北海道', 'ja').filter((h) => h.kind === 'regional');
    expect(hits[0]).toMatchObject({
      id: 'rj-h28-tokachi-2',
      target: { selection: { kind: 'area', id: 'renkei-tokachi' }, overlay: 'hokkaido' },
    });
    // By a KPI's name too.
    expect(
      new SearchIndex(atlas)
        .search('ゼロカーボンシティ表明', 'ja')
        .filter((h) => h.kind === 'regional')
        .map((h) => h.id),
    ).toEqual(expect.arrayContaining(['rj-r3-donan-2', 'rj-r3-okhotsk-5', 'rj-r3-tokachi-3']));
  });
  const index = new SearchIndex(atlas);
  it('finds a project by number in either width', () => {
    expect(index.search('４－（３）', 'ja')[0]).toMatchObject({ kind: 'project', id: 'p-resilient-land', rank: 0 });
    expect(index.search('4-(2)', 'ja')[0]).toMatchObject({ kind: 'project', id: 'p-food-industry' });
  });
  it('finds an item by a katakana or hiragana reading of its kana part', () => {
    expect(index.search('あとさぬぷり', 'ja').map((h) => h.id)).toContain('vo-atosanupuri');
    expect(index.search('ｱﾄｻﾇﾌﾟﾘ', 'ja').map((h) => h.id)).toContain('vo-atosanupuri');
  });
  it('finds a municipality and items by name', () => {
    const hits = index.search('別海', 'ja');
    expect(hits[0]).toMatchObject({ kind: 'area', id: '01691' });
    expect(hits.some((h) => h.kind === 'item')).toBe(true);
  });
  it('finds English names', () => {
    expect(index.search('rausu', 'en').map((h) => h.id)).toContain('fp-rausu');
  });
  it('returns nothing for an empty query', () => {
    expect(index.search('  ', 'ja')).toEqual([]);
  });
});

describe('search that forgives (issue 19.4)', () => {
  const { atlas } = loadRealData();
  const index = new SearchIndex(atlas);
  const ids = (q: string, n = 5) => index.search(q, 'ja', n).map((h) => h.id);
  it('reads kana through the romanised names the data carries', () => {
    expect(ids('べつかい')[0]).toBe('01691');
    expect(ids('ベツカイ')[0]).toBe('01691');
    expect(ids('らうす')).toEqual(expect.arrayContaining(['01694', 'fp-rausu']));
    expect(ids('ねむろ')).toContain('01223');
    // Vowel length typed by ear: ふうれん for Furen.
    expect(ids('ふうれん', 3)).toEqual(expect.arrayContaining(['place-furen', 'rs-furen-ko-shunkuni-tai']));
  });
  it('meets Hepburn and Kunrei romaji', () => {
    expect(ids('kusiro')[0]).toBe('01206');
    for (const [q, id] of [
      ['kusiro', '01206'],
      ['kushiro', '01206'],
      ['betukai', '01691'],
      ['sibetya', '01664'],
      ['akkesi', '01662'],
      ['tesikaga', '01665'],
    ] as const) {
      expect(ids(q, 8), q).toContain(id);
    }
  });
  it('composes item readings from the municipality names in them', () => {
    expect(ids('betsukai')).toContain('ag-betsukai-hokubu');
    expect(ids('nemuro', 12)).toContain('rd-nemuro-bousetsu');
  });
  it('takes the words of a query in any order', () => {
    expect(ids('Kushiro port')[0]).toBe('hb-kushiro');
    expect(ids('port Kushiro')[0]).toBe('hb-kushiro');
    expect(ids('港 釧路')[0]).toBe('hb-kushiro');
    expect(ids('Kushiro airport')).not.toContain('hb-kushiro');
  });
  it('forgives typos, flagged as もしかして, only when nothing matches as typed', () => {
    const nemro = index.search('nemro', 'ja');
    expect(nemro.map((h) => h.id)).toContain('01223');
    expect(nemro.every((h) => h.fuzzy)).toBe(true);
    // Only the near ones: not every long name with some letters of it.
    expect(nemro.filter((h) => h.kind === 'area' && h.id.startsWith('sk-')).map((h) => h.id)).toEqual(['sk-nemuro']);
    expect(index.search('別解町', 'ja')[0]).toMatchObject({ id: '01691', fuzzy: true });
    expect(index.search('nemuro', 'ja').some((h) => h.fuzzy)).toBe(false);
    expect(index.search('zzzzqqq', 'ja')).toEqual([]);
  });
  it('finds the basemap places and context features, with where to fly', () => {
    const shiretoko = index.search('知床', 'ja');
    expect(shiretoko.map((h) => `${h.kind}:${h.id}`)).toEqual(expect.arrayContaining(['place:place-shiretoko', 'context:np-shiretoko']));
    expect(shiretoko.filter((h) => h.kind === 'place' || h.kind === 'context').every((h) => h.bounds?.length === 4)).toBe(true);
    expect(index.search('国後', 'ja')[0]).toMatchObject({ kind: 'context', id: 'isl-kunashiri' });
    // The same island is not offered twice (place label and context feature).
    expect(index.search('国後', 'ja').filter((h) => h.label.startsWith('国後')).length).toBe(1);
    expect(index.search('風蓮湖', 'ja')[0]).toMatchObject({ kind: 'place', id: 'place-furen', rank: 0 });
  });
});

describe('SearchIndex.build', () => {
  it('makes a large index in slices, pausing between them, with the same hits as made at once', async () => {
    const { dataset } = loadRealData();
    const rows = Array.from({ length: 25_000 }, (_, i) => ({
      geometry: { type: 'Point' as const, coordinates: [144.3, 43] },
      name_ja: `別海地点${i}`,
      properties: {},
    }));
    const atlas = new Atlas(dataset, undefined, [{ items: rowsToItems('many.csv', rows, 0) }]);
    let pauses = 0;
    const built = SearchIndex.build(atlas, async () => void pauses++);
    expect(built).toBeInstanceOf(Promise);
    const index = await built;
    expect(pauses).toBe(2);
    const once = new SearchIndex(atlas);
    for (const q of ['別海地点24999', 'betsukai', 'ねむろ', 'サケ'])
      expect(index.search(q, 'ja').map((h) => h.id)).toEqual(once.search(q, 'ja').map((h) => h.id));
    expect(index.search('別海地点24999', 'ja')[0]?.id).toBe(atlas.data.items.at(-1)!.properties.id);
  });

  it('makes an ordinary index at once', () => {
    expect(SearchIndex.build(loadRealData().atlas, () => Promise.resolve())).toBeInstanceOf(SearchIndex);
  });
});
