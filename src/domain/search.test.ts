import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { SearchIndex, normalise, projectNumber } from './search.ts';

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
