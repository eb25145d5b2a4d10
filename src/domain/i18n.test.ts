import { describe, expect, it } from 'vitest';
import { TOURS_UI } from './catalogue/tours.ts';
import { allUiText, catalogueEntries, joinList, label, t } from './i18n.ts';

/** Kana, kanji and the full-width forms: text a reader of English only cannot read. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/u;
/** English strings that are Japanese on purpose: the language switch names the language it switches to. */
const JAPANESE_ON_PURPOSE = new Set(['language']);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('string catalogue', () => {
  // The tour editor's strings load with it, apart from the first screen's; they are held to the same rules.
  const entries = [...catalogueEntries(), ...Object.entries(TOURS_UI).map(([key, v]) => ({ key: `tours.${key}`, ja: v.ja, en: v.en }))];

  it('has every key in both languages, with text', () => {
    expect(entries.length).toBeGreaterThan(150);
    for (const e of entries) {
      expect(e.ja.trim(), `${e.key} (ja)`).not.toBe('');
      expect(e.en.trim(), `${e.key} (en)`).not.toBe('');
    }
  });

  it('has no Japanese in the English strings', () => {
    const leaks = entries.filter((e) => !JAPANESE_ON_PURPOSE.has(e.key) && JAPANESE.test(e.en)).map((e) => `${e.key}: ${e.en}`);
    expect(leaks).toEqual([]);
  });

  it('names the same placeholders in both languages', () => {
    for (const e of entries) expect(placeholders(e.en), e.key).toEqual(placeholders(e.ja));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('ja', 'tourMore', { n: 3 })).toBe('ほか 3 件');
    expect(t('en', 'activityShown', { shown: 2, total: 9 })).toBe('Showing 2 of 9 activities');
    expect(t('en', 'tourMore')).toBe('and {n} more');
  });

  it('names the values of the data vocabularies', () => {
    expect(label('en', 'split', 'kushiro')).toBe('Kushiro');
    expect(label('ja', 'status', 'behind')).toBe('遅れ');
    expect(label('en', 'category', 'fishing-port')).toBe('Fishing ports');
  });

  it('joins lists in each language', () => {
    expect(joinList('ja', ['釧路市', '根室市'])).toBe('釧路市、根室市');
    expect(joinList('en', ['Kushiro', 'Nemuro'])).toBe('Kushiro, Nemuro');
  });

  it('gives the font subset every table, not only the UI strings', () => {
    const text = allUiText();
    for (const s of ['判定不可', '地域重点政策ユニット推進管理表', '白抜き', 'ツアーの操作', '作成日']) expect(text).toContain(s);
  });
});
