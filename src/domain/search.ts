import turfBbox from '@turf/bbox';
import Fuse from 'fuse.js';
import type { Feature, Geometry } from 'geojson';
import type { BBox } from './analysis.ts';
import type { Atlas } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { categoryLabel, nameOf } from './i18n.ts';
import { canonicalRomaji, isLatin, kanaToRomaji } from './romaji.ts';
import type { Category, Lang } from './types.ts';

/**
 * Search key: NFKC (full-width ASCII → half-width, half-width kana → full-width), katakana →
 * hiragana, lower case, and no spaces or separators, so 「ｱｯｹｼ」「アッケシ」「あっけし」 and
 * 「４－（３）」「4-(3)」 meet.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .toLowerCase()
    .replace(/[\s・･、，,.。·‐‑‒–—―ー－−-]+/g, (m) => (/[ー]/.test(m) ? m : ''));
}

/** A project number typed loosely, "4-(3)", "４－（３）", "4(3)", "4-3" → "4-(3)". */
export function projectNumber(query: string): string | null {
  const m = /^\s*(\d)\s*[-‐－−ー]?\s*[(（]?\s*(\d)\s*[)）]?\s*$/.exec(query.normalize('NFKC'));
  return m ? `${m[1]}-(${m[2]})` : null;
}

/** `place`: a basemap label (fly there); `context`: a feature of a context layer (select and fly there). */
/** `challenge`: a 課題 of 000 (selects the current project that continues its unit); `regional`: a project of 003 / 004 (opens the Hokkaido view on its region). */
export type SearchKind = 'item' | 'project' | 'area' | 'place' | 'context' | 'challenge' | 'regional';

/** Where a hit leads when it is not simply "select kind:id". */
export interface SearchTarget {
  selection: { kind: 'project' | 'area'; id: string };
  overlay?: 'hokkaido';
}
export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  /** Lower is better: per word exact 0 < prefix 2 < contains 4, added over the words; typo-tolerant matches 9 (with `fuzzy`). */
  rank: number;
  /** Found only by the typo-tolerant pass: shown as 「もしかして」. */
  fuzzy?: boolean;
  /** Where to fly, for places and context features. */
  bounds?: BBox;
  target?: SearchTarget;
}

interface Entry {
  kind: SearchKind;
  id: string;
  /** Written forms (normalise): names, project numbers, codes, category words. */
  keys: string[];
  /** Romanised forms (canonicalRomaji), each a space-separated word list. */
  romaji: string[];
  label: (lang: Lang) => string;
  bounds?: BBox;
  target?: SearchTarget;
}

const KIND_ORDER: Record<SearchKind, number> = { project: 0, area: 1, place: 2, context: 3, item: 4, challenge: 5, regional: 6 };
/** Municipal suffixes: the stem (別海, Betsukai) is what item names are composed from. */
const SUFFIX_JA = /[市町村]$/;
const SUFFIX_EN = /\s+(City|Town|Village)$/;

/**
 * A search index over projects, areas, items, the basemap's place labels and the context layers.
 * Matching forgives: width and kana script (normalise), Hepburn / Kunrei / kana readings through
 * the romanised names the data carries (romaji.ts), words in any order, and typos (a Fuse.js pass
 * when nothing matches exactly, offered as 「もしかして」).
 */
export class SearchIndex {
  private readonly entries: Entry[];
  private fuse: Fuse<{ entry: Entry; text: string }> | null = null;

  /** `items`: the items' entries made beforehand (by `build`); made here when not given. */
  constructor(atlas: Atlas, items?: Entry[]) {
    const projects: Entry[] = atlas.data.projects.map((p) => ({
      kind: 'project',
      id: p.id,
      keys: [p.name_ja, p.name_en ?? '', ...p.numbers].filter(Boolean).map(normalise),
      romaji: p.name_en ? [canonicalRomaji(p.name_en)] : [],
      label: (lang) => `${p.numbers.join(' ')} ${nameOf(lang, p)}`,
    }));
    const areas: Entry[] = atlas.data.areas.map((a) => ({
      kind: 'area',
      id: a.id,
      keys: [a.name_ja, a.name_en ?? '', a.code ?? ''].filter(Boolean).map(normalise),
      romaji: a.name_en ? [canonicalRomaji(a.name_en)] : [],
      label: (lang) => nameOf(lang, a),
    }));
    const context: Entry[] = Object.values(atlas.data.context)
      .flat()
      .map((f) => featureEntry('context', f));
    const contextNames = new Set(context.map((e) => e.keys[0]));
    // A place label with a context feature of the same name (国後島) is that feature.
    const places = (atlas.data.places?.features ?? []).map((f) => featureEntry('place', f)).filter((e) => !contextNames.has(e.keys[0]));
    items ??= itemEntries(atlas)(atlas.data.items);
    this.entries = [...projects, ...areas, ...places, ...context, ...items, ...planEntries(atlas)];
  }

  /**
   * The index, its item entries made BUILD_SLICE items at a time with `pause` between: after a
   * 200 000-point import they are half a second of work, which in one task would freeze the page
   * at the first key typed. Data of ordinary size is made at once, as the constructor does.
   */
  static build(atlas: Atlas, pause: () => Promise<void>): SearchIndex | Promise<SearchIndex> {
    return atlas.data.items.length <= BUILD_SLICE ? new SearchIndex(atlas) : SearchIndex.buildInSlices(atlas, pause);
  }

  private static async buildInSlices(atlas: Atlas, pause: () => Promise<void>): Promise<SearchIndex> {
    const all = atlas.data.items;
    const make = itemEntries(atlas);
    const items: Entry[] = [];
    for (let i = 0; i < all.length; i += BUILD_SLICE) {
      if (i > 0) await pause();
      for (const e of make(all.slice(i, i + BUILD_SLICE))) items.push(e);
    }
    return new SearchIndex(atlas, items);
  }

  search(query: string, lang: Lang, limit = 12): SearchHit[] {
    const number = projectNumber(query);
    const words = number ? [number] : query.split(/\s+/).filter(Boolean);
    const tests = words.map(wordTest).filter((w) => w.written || w.romaji);
    if (!tests.length) return [];
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      // Every word must match; the ranks add up, so the entry that matches all words best leads.
      let rank = 0;
      for (const w of tests) {
        const r = rankOf(e, w);
        if (r === 9) {
          rank = -1;
          break;
        }
        rank += r;
      }
      if (rank >= 0) hits.push(this.hit(e, lang, rank));
    }
    if (hits.length) return sortHits(hits).slice(0, limit);
    return this.fuzzy(tests, lang, limit);
  }

  /**
   * Nothing matched as typed: the closest entries, by Fuse.js's typo-tolerant (Bitap) score over
   * each name on its own (an entry's best name counts, not how many of its names come close).
   */
  private fuzzy(tests: WordTest[], lang: Lang, limit: number): SearchHit[] {
    this.fuse ??= new Fuse(
      this.entries.flatMap((entry) => [...entry.keys, ...entry.romaji].map((text) => ({ entry, text }))),
      { keys: ['text'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.35, useExtendedSearch: true },
    );
    // Extended search: space-separated words must all match (fuzzily); its operator characters are dropped.
    const pattern = tests.map((w) => (w.romaji ?? w.written).replace(/[!^='$|"]/g, '')).join(' ');
    const best = new Map<Entry, number>();
    for (const r of this.fuse.search(pattern)) {
      const score = r.score ?? 1;
      if (score < (best.get(r.item.entry) ?? 2)) best.set(r.item.entry, score);
    }
    // Only the nearest: a long name holds some 5-letter stretch two letters off almost any word.
    const top = Math.min(...best.values());
    return [...best]
      .filter(([, score]) => score <= top + 0.1)
      .sort(([a, x], [b, y]) => x - y || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
      .slice(0, limit)
      .map(([e]) => ({ ...this.hit(e, lang, 9), fuzzy: true }));
  }

  private hit(e: Entry, lang: Lang, rank: number): SearchHit {
    return {
      kind: e.kind,
      id: e.id,
      label: e.label(lang),
      rank,
      ...(e.bounds ? { bounds: e.bounds } : {}),
      ...(e.target ? { target: e.target } : {}),
    };
  }
}

interface WordTest {
  /** The word as written (normalise), matched against the written keys. */
  written: string;
  /** The word romanised (Latin typed as is, or kana read out), matched against the romanised names. */
  romaji: string | null;
}

function wordTest(word: string): WordTest {
  const written = normalise(word);
  const kana = kanaToRomaji(word);
  const romaji = kana ?? (isLatin(word) ? canonicalRomaji(word).replace(/ /g, '') : null);
  return { written, romaji: romaji || null };
}

/**
 * 0 exact, 2 prefix, 4 contains, 9 no match: the best over the entry's keys. A romanised name
 * whose first word is the word scores 1 (kusiro: Kushiro City before Kushiro-Nemuro region).
 */
function rankOf(e: Entry, w: WordTest): number {
  let best = 9;
  for (const k of e.keys) best = Math.min(best, k === w.written ? 0 : k.startsWith(w.written) ? 2 : k.includes(w.written) ? 4 : 9);
  if (w.romaji && best > 0) {
    for (const r of e.romaji) {
      const words = r.split(' ');
      const joined = words.join('');
      const rank =
        joined === w.romaji
          ? 0
          : words[0] === w.romaji
            ? 1
            : joined.startsWith(w.romaji)
              ? 2
              : words.some((t) => t.startsWith(w.romaji!)) || joined.includes(w.romaji)
                ? 4
                : 9;
      best = Math.min(best, rank);
    }
  }
  return best;
}

function sortHits(hits: SearchHit[]): SearchHit[] {
  // Equal ranks: the kind, then the shorter name (釧路市 before 釧路・根室連携地域 for 釧路).
  return hits.sort(
    (a, b) =>
      a.rank - b.rank || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.label.length - b.label.length || a.label.localeCompare(b.label, 'ja'),
  );
}

/** Items made into entries per call, in slices or all at once (the same entries either way). */
const BUILD_SLICE = 10_000;

/** A maker of the items' entries: names, category words, romanised readings. */
function itemEntries(atlas: Atlas): (items: readonly Item[]) => Entry[] {
  // Item names are often a municipality's stem plus a word (別海北部地区, 根室防雪): the
  // municipality's cited romanised name is then a reading of the item too.
  const stems = atlas.municipalities.flatMap((a) =>
    a.name_en ? [{ ja: a.name_ja.replace(SUFFIX_JA, ''), en: a.name_en.replace(SUFFIX_EN, '') }] : [],
  );
  const composed = (name: string) => stems.filter((s) => name.includes(s.ja)).map((s) => s.en);
  // The cited kana readings of the places in item names (上春別 → かみしんべつ): read out, they
  // meet kana typed in either script and Hepburn or Kunrei romaji.
  const readings = atlas.data.readings.map((r) => ({ ja: r.name_ja, key: normalise(r.reading), romaji: kanaToRomaji(r.reading) ?? '' }));
  const read = (name: string) => readings.filter((r) => name.includes(r.ja));
  // A category's words once, not per item: an import of 200 000 items shares one category.
  const categoryWords = new Map<Category, { keys: string[]; en: string }>();
  const wordsOf = (c: Category) => {
    let w = categoryWords.get(c);
    if (!w) {
      const [ja, en] = [categoryLabel('ja', c), categoryLabel('en', c)];
      categoryWords.set(c, (w = { keys: [ja, en].filter(Boolean).map(normalise), en }));
    }
    return w;
  };
  return (items) =>
    items.map((i) => {
      const p = i.properties;
      const words = wordsOf(p.category);
      const places = read(p.name_ja);
      return {
        kind: 'item',
        id: p.id,
        keys: [...[p.name_ja, p.name_en ?? ''].filter(Boolean).map(normalise), ...words.keys, ...places.map((r) => r.key)],
        romaji: [
          ...[p.name_en ?? '', ...composed(p.name_ja).map((en) => `${en} ${words.en}`)].filter(Boolean).map(canonicalRomaji),
          ...places.map((r) => r.romaji).filter(Boolean),
        ],
        label: (lang: Lang) => nameOf(lang, p),
      };
    });
}

function featureEntry(kind: 'place' | 'context', f: Feature<Geometry | null>): Entry {
  const p = f.properties as { id: string; name_ja: string; name_en?: string };
  return {
    kind,
    id: p.id,
    keys: [p.name_ja, p.name_en ?? ''].filter(Boolean).map(normalise),
    romaji: p.name_en ? [canonicalRomaji(p.name_en)] : [],
    label: (lang) => nameOf(lang, p),
    ...(f.geometry ? { bounds: turfBbox(f as Feature<Geometry>) as BBox } : {}),
  };
}

/**
 * The plans' text beyond names: 000's 課題 (leading to the current project that continues the
 * unit) and the projects of 003 / 004 for all of Hokkaido (leading to their region's panel).
 */
function planEntries(atlas: Atlas): Entry[] {
  const challenges: Entry[] = atlas.data.challenges.flatMap((c) => {
    const successor = atlas.legacyById.get(c.project)?.continued_by[0];
    if (!successor) return [];
    const project = atlas.projectById.get(successor);
    return [
      {
        kind: 'challenge' as const,
        id: c.id,
        keys: [normalise(c.text_ja)],
        romaji: [],
        label: (lang: Lang) => `${c.text_ja}（${project ? nameOf(lang, project) : successor}）`,
        target: { selection: { kind: 'project' as const, id: successor } },
      },
    ];
  });
  const regional: Entry[] = atlas.data.regionalProjects.map((p) => ({
    kind: 'regional' as const,
    id: p.id,
    keys: [p.name_ja, ...p.kpis.map((k) => k.name_ja)].map(normalise),
    romaji: [],
    label: () => `${p.name_ja}【${p.scope_ja}】`,
    target: { selection: { kind: 'area' as const, id: p.region }, overlay: 'hokkaido' as const },
  }));
  return [...challenges, ...regional];
}
