import type { Atlas } from '../atlas.ts';
import type { Filters } from '../filters.ts';
import { isEmpty } from '../filters.ts';
import { nameOf, t } from '../i18n.ts';
import type { Selection } from '../state.ts';
import type { Lang } from '../types.ts';

/**
 * `senkon-atlas_別海町_2026-12-04.xlsx`: the scope of the export and the day it was made. The
 * scope is what the filters keep: the areas by name, else the projects by number, else
 * 「絞り込み」 for any other filter, else 「すべて」.
 */
export function exportFileName(atlas: Atlas, filters: Filters, lang: Lang, date: Date, ext: string): string {
  return named(scopeLabel(atlas, filters, lang), date, ext);
}

const named = (scope: string, date: Date, ext: string): string => `senkon-atlas_${safe(scope)}_${isoDay(date)}.${ext}`;

/**
 * A handout (the screen as a PNG) is named like an export, but with no filter on it is the
 * picture of what is selected: `senkon-atlas_4-(3)_2026-12-04.png`, `senkon-atlas_羅臼漁港_….png`.
 */
export function handoutFileName(atlas: Atlas, filters: Filters, selection: Selection | null, lang: Lang, date: Date): string {
  const selected = isEmpty(filters) && selection ? selectionLabel(atlas, selection, lang) : null;
  return named(selected ?? scopeLabel(atlas, filters, lang), date, 'png');
}

function selectionLabel(atlas: Atlas, s: Selection, lang: Lang): string | null {
  if (s.kind === 'project') return atlas.projectById.get(s.id)?.numbers[0] ?? null;
  const named = s.kind === 'area' ? atlas.areaById.get(s.id) : s.kind === 'item' ? atlas.itemById.get(s.id)?.properties : undefined;
  return named ? nameOf(lang, named) : null;
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
