import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadRealData } from '../../test/load-data.ts';
import { Atlas } from './atlas.ts';
import { type FileText, READINGS_FILE } from './data/files.ts';
import { buildDataset } from './data/validate.ts';
import { say } from './message.ts';
import { SearchIndex } from './search.ts';

const { atlas, dataset } = loadRealData();
/** The real data files, with the readings file replaced (or missing when `text` is null). */
const withReadings =
  (text: string | null) =>
  (path: string): FileText => {
    if (path === READINGS_FILE) return text === null ? { ok: false, reason: 'missing' } : { ok: true, text };
    try {
      return { ok: true, text: readFileSync(join(DATA_DIR, path), 'utf8') };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  };
const readings = JSON.parse(readFileSync(join(DATA_DIR, READINGS_FILE), 'utf8')) as { name_ja: string; reading: string; source: string }[];

describe('data/readings.json', () => {
  const names = [
    ...atlas.data.items.map((i) => i.properties.name_ja),
    ...(atlas.data.places?.features ?? []).map((f) => (f.properties as { name_ja: string }).name_ja),
    ...Object.values(atlas.data.context).flatMap((l) => l.map((f) => f.properties.name_ja)),
  ];
  it('is loaded whole, each record a place part of some item or place name, read in hiragana, with its source', () => {
    expect(atlas.data.readings).toHaveLength(readings.length);
    for (const r of readings) {
      expect(
        names.some((n) => n.includes(r.name_ja)),
        r.name_ja,
      ).toBe(true);
      expect(r.reading, r.name_ja).toMatch(/^[\u3041-\u3096\u30fc]+$/);
      expect(r.source.trim(), r.name_ja).not.toBe('');
    }
  });
});

describe('search by the kana reading of a place in an item name (issue 19.4)', () => {
  const index = new SearchIndex(atlas);
  const firstItem = (q: string) => index.search(q, 'ja', 50).find((h) => h.kind === 'item')?.id;
  it.each([
    ['とうろ', 'rd-toro-shoulder'],
    ['トウロ', 'rd-toro-shoulder'],
    ['touro', 'rd-toro-shoulder'],
    ['toro', 'rd-toro-shoulder'],
    ['ほろろ', 'rv-kushiro-shitsugen-hororo'],
    ['ホロロ', 'rv-kushiro-shitsugen-hororo'],
    ['hororo', 'rv-kushiro-shitsugen-hororo'],
    ['こいとい', 'rd-shiranuka-koitoi'],
    ['koitoi', 'rd-shiranuka-koitoi'],
    ['かみしんべつ', 'rd-kamishunbetsu-bousetsu'],
    ['kamisinbetu', 'rd-kamishunbetsu-bousetsu'],
    ['にししんべつ', 'rd-nishishunbetsu-sidewalk'],
    ['つるおか', 'rd-tsuruoka-shoulder'],
    ['とっとりおおどおり', 'rd-tottori-odori'],
    ['いりえ', 'rd-kushiro-irie-cc'],
    ['びほろ', 'rd-bihoro-pass-avalanche'],
  ])('%s finds %s first among items', (q, id) => {
    expect(firstItem(q)).toBe(id);
  });
  it('finds every item whose name holds the place', () => {
    expect(index.search('とうろ', 'ja').map((h) => h.id)).toEqual(expect.arrayContaining(['rd-toro-shoulder', 'rd-toro-median']));
  });
  it('adds nothing for a reading whose name occurs in no item', () => {
    const read = withReadings(JSON.stringify([{ name_ja: '存在しない地名', reading: 'とうろ', municipality: '01664', source: 'test' }]));
    const other = new SearchIndex(new Atlas(buildDataset(read).dataset));
    expect(other.search('とうろ', 'ja').some((h) => h.kind === 'item')).toBe(false);
  });
  it('runs without the file, and reports a malformed one', () => {
    const without = buildDataset(withReadings(null));
    expect(without.dataset.readings).toEqual([]);
    expect(without.issues.filter((i) => i.file === READINGS_FILE)).toEqual([]);
    expect(without.dataset.items).toHaveLength(dataset.items.length);
    const bad = buildDataset(withReadings(JSON.stringify([{ name_ja: '塘路', reading: 'トウロ', municipality: '01664', source: 'x' }])));
    expect(bad.dataset.readings).toEqual([]);
    const issue = bad.issues.find((i) => i.file === READINGS_FILE);
    expect(issue).toMatchObject({ record: '塘路', field: 'reading' });
    // In the UI's language, like every data issue.
    expect(issue && say('ja', issue.msg)).toContain('ひらがな');
  });
});
