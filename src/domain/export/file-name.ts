import type { Atlas } from '../atlas.ts';
import type { Filters } from '../filters.ts';
import { isEmpty } from '../filters.ts';
import { nameOf, t } from '../i18n.ts';
import type { Lang } from '../types.ts';

/**
 * `senkon-atlas_別海町_2026-12-04.xlsx`: the scope of the export and the day it was made. The
 * scope is what the filters keep: the areas by name, else the projects by number, else
 * 「絞り込み」 for any other filter, else 「すべて」.
 */
export function exportFileName(atlas: Atlas, filters: Filters, lang: Lang, date: Date, ext: string): string {
  return `senkon-atlas_${safe(scopeLabel(atlas, filters, lang))}_${isoDay(date)}.${ext}`;
}

export function scopeLabel(atlas: Atlas, f: Filters, lang: Lang): string {
  if (f.areas.length > 0)
    return f.areas
      .map((id) => {
        const a = atlas.areaById.get(id);
        return a ? nameOf(lang, a) : id;
      })
      .join('・');
  if (f.projects.length > 0) return f.projects.map((id) => atlas.projectById.get(id)?.numbers[0] ?? id).join('・');
  return t(lang, isEmpty(f) ? 'exportAll' : 'exportFiltered');
}

/** The local calendar day, as the user's clock shows it. */
function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** No characters file systems refuse, no spaces, at most 60 characters of scope. */
function safe(s: string): string {
  const clean = s.replace(/[\\/:*?"<>|\p{Cc}]/gu, '').replace(/\s+/g, '-');
  return [...clean].slice(0, 60).join('') || 'export';
}
