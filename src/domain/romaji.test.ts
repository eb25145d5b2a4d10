import { describe, expect, it } from 'vitest';
import { canonicalRomaji, isLatin, kanaToRomaji } from './romaji.ts';

describe('canonicalRomaji', () => {
  it('meets Hepburn and Kunrei spellings', () => {
    for (const [a, b] of [
      ['Kushiro', 'kusiro'],
      ['Betsukai', 'betukai'],
      ['Shibecha', 'sibetya'],
      ['Teshikaga', 'tesikaga'],
      ['Fukushima', 'hukusima'],
      ['Nihonbashi', 'nihombashi'],
      ['Chitose', 'titose'],
      ['Jōzankei', 'zyozankei'],
    ] as const)
      expect(canonicalRomaji(a), a).toBe(canonicalRomaji(b));
  });
  it('drops vowel length however it is written', () => {
    const doto = canonicalRomaji('Doto');
    for (const s of ['Dōtō', 'Doutou', 'Dooto', 'Dohto']) expect(canonicalRomaji(s), s).toBe(doto);
  });
  it('splits words on anything not a letter', () => {
    expect(canonicalRomaji('Kushiro-shitsugen National Park')).toBe('kusiro situgen national park');
  });
});

describe('kanaToRomaji', () => {
  it('reads either kana script into the canonical form, as one word', () => {
    expect(kanaToRomaji('べつかい')).toBe(canonicalRomaji('Betsukai'));
    expect(kanaToRomaji('ベツカイ')).toBe(canonicalRomaji('Betsukai'));
    expect(kanaToRomaji('ふうれん')).toBe(canonicalRomaji('Furen'));
    expect(kanaToRomaji('しれとこ はんとう')).toBe('siretokohanto');
  });
  it('is null for text that is not all kana', () => {
    expect(kanaToRomaji('別海')).toBeNull();
    expect(kanaToRomaji('kushiro')).toBeNull();
  });
});

describe('isLatin', () => {
  it('tells Latin text from Japanese', () => {
    expect(isLatin('Kushiro port')).toBe(true);
    expect(isLatin('Dōtō')).toBe(true);
    expect(isLatin('釧路')).toBe(false);
    expect(isLatin('4-(3)')).toBe(false);
  });
});
