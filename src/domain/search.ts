import type { Atlas } from './atlas.ts';
import type { Lang } from './types.ts';
import { nameOf } from './i18n.ts';

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

export type SearchKind = 'item' | 'project' | 'area';
export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  /** Lower is better: exact < prefix < contains. */
  rank: number;
}

interface Entry {
  kind: SearchKind;
  id: string;
  keys: string[];
  label: (lang: Lang) => string;
}

/** A search index over items, projects and areas, built once per dataset. */
export class SearchIndex {
  private readonly entries: Entry[];

  constructor(atlas: Atlas) {
    const projects: Entry[] = atlas.data.projects.map((p) => ({
      kind: 'project',
      id: p.id,
      keys: [p.name_ja, p.name_en ?? '', ...p.numbers].filter(Boolean).map(normalise),
      label: (lang) => `${p.numbers.join(' ')} ${nameOf(lang, p)}`,
    }));
    const areas: Entry[] = atlas.data.areas.map((a) => ({
      kind: 'area',
      id: a.id,
      keys: [a.name_ja, a.name_en ?? '', a.code ?? ''].filter(Boolean).map(normalise),
      label: (lang) => nameOf(lang, a),
    }));
    const items: Entry[] = atlas.data.items.map((i) => ({
      kind: 'item',
      id: i.properties.id,
      keys: [i.properties.name_ja, i.properties.name_en ?? ''].filter(Boolean).map(normalise),
      label: (lang) => nameOf(lang, i.properties),
    }));
    this.entries = [...projects, ...areas, ...items];
  }

  search(query: string, lang: Lang, limit = 12): SearchHit[] {
    const number = projectNumber(query);
    const q = normalise(number ?? query);
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      const rank = Math.min(...e.keys.map((k) => (k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : 9)));
      if (rank < 9) hits.push({ kind: e.kind, id: e.id, label: e.label(lang), rank });
    }
    const kindOrder: Record<SearchKind, number> = { project: 0, area: 1, item: 2 };
    return hits.sort((a, b) => a.rank - b.rank || kindOrder[a.kind] - kindOrder[b.kind] || a.label.localeCompare(b.label, 'ja')).slice(0, limit);
  }
}
