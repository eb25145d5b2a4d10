/**
 * Which column of a CSV holds what. Headers are compared after NFKC (full-width ＬＡＴ → LAT),
 * lower-casing and dropping a trailing unit in brackets (緯度（度） → 緯度), so the usual
 * Japanese and English spellings match without the user renaming anything.
 */

/** In order of preference: an explicit name beats the generic x / y. */
export const LAT_NAMES = ['latitude', 'lat', '緯度', 'ido', 'y'] as const;
export const LON_NAMES = ['longitude', 'lon', 'lng', 'long', '経度', 'keido', 'x'] as const;
/** Shared with GeoJSON properties: where a record's display name is found. */
export const NAME_NAMES = ['name_ja', 'name', '名称', '名前', '施設名', 'title'] as const;
export const NAME_EN_NAMES = ['name_en', 'name:en', '英語名', '名称（英語）'] as const;

export interface Columns {
  lat: number;
  lon: number;
  name: number;
  nameEn: number;
}

export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s*[([][^)\]]*[)\]]$/, '')
    .trim();
}

/** Index of the first header matching the earliest name in `names`, or -1. */
export function findColumn(headers: readonly string[], names: readonly string[]): number {
  const normalized = headers.map(normalizeHeader);
  for (const name of names) {
    const at = normalized.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

export function findColumns(headers: readonly string[]): Columns {
  return {
    lat: findColumn(headers, LAT_NAMES),
    lon: findColumn(headers, LON_NAMES),
    name: findColumn(headers, NAME_NAMES),
    nameEn: findColumn(headers, NAME_EN_NAMES),
  };
}

/** The value of the first key of `obj` whose normalized name matches `names`, as trimmed text. */
export function pickText(obj: Record<string, unknown>, names: readonly string[]): string | undefined {
  const keys = Object.keys(obj);
  const at = findColumn(keys, names);
  const key = at >= 0 ? keys[at] : undefined;
  const v = key === undefined ? undefined : obj[key];
  if (typeof v === 'string' && trimSpaces(v)) return trimSpaces(v);
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Makes header names usable as property keys: blank ones get a name, repeats get a suffix. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((raw, i) => {
    const h = raw.trim() || `column_${i + 1}`;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h}_${n}`;
  });
}

/** Trims spaces (ASCII and ideographic) but not tabs or line breaks, which may start a formula. */
export function trimSpaces(s: string): string {
  return s.replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}
