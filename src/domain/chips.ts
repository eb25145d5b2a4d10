import type { Atlas } from './atlas.ts';
import { EMPTY_FILTERS, type Filters, LIST_FACETS, type ListFacet, type Facet } from './filters.ts';
import { accuracyLabel, categoryLabel, nameOf, promoterLabel, t } from './i18n.ts';
import { type Accuracy, CATEGORIES, type Category, type Lang, type PromoterId } from './types.ts';

/** One active filter value, shown as a removable chip above the list. */
export interface FilterChip {
  facet: Facet;
  value: string;
  /** A category hidden (most are shown): the chip names what is left out. */
  excluded: boolean;
  label: string;
}

/**
 * The active filters as chips, in the filter panel's order. Categories with most of them on (a
 * legend toggle switched one or two off) are shown as the few that are off, as the URL writes them.
 */
export function filterChips(f: Filters, atlas: Atlas, lang: Lang): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const facet of LIST_FACETS) {
    const values = f[facet] as string[];
    if (facet === 'categories' && values.length > CATEGORIES.length / 2) {
      for (const c of CATEGORIES.filter((x) => !values.includes(x)))
        chips.push({ facet, value: c, excluded: true, label: categoryLabel(lang, c) });
      continue;
    }
    for (const value of values) chips.push({ facet, value, excluded: false, label: labelOf(atlas, lang, facet, value) });
  }
  if (f.border !== 'all')
    chips.push({
      facet: 'border',
      value: f.border,
      excluded: false,
      label: `${t(lang, 'border')}: ${t(lang, f.border === 'inside' ? 'borderInside' : 'borderOutside')}`,
    });
  return chips;
}

/** The filters without the chip: its value left out of its facet, or an excluded category shown again. */
export function withoutChip(f: Filters, chip: FilterChip): Filters {
  if (chip.facet === 'border') return { ...f, border: EMPTY_FILTERS.border };
  if (chip.excluded) {
    const on = [...(f.categories as string[]), chip.value];
    return { ...f, categories: CATEGORIES.every((c) => on.includes(c)) ? [] : CATEGORIES.filter((c) => on.includes(c)) };
  }
  return { ...f, [chip.facet]: (f[chip.facet] as string[]).filter((v) => v !== chip.value) };
}

function labelOf(atlas: Atlas, lang: Lang, facet: ListFacet, value: string): string {
  switch (facet) {
    case 'projects': {
      const p = atlas.projectById.get(value);
      return p ? `${p.numbers.join(' ')} ${nameOf(lang, p)}` : value;
    }
    case 'goals': {
      const g = atlas.goalById.get(value);
      return g ? `${g.number} ${lang === 'en' && g.theme_en ? g.theme_en : g.theme_ja}` : value;
    }
    case 'promoters':
      return promoterLabel(lang, value as PromoterId);
    case 'bodies': {
      const b = atlas.bodyById.get(value);
      return b ? nameOf(lang, b) : value;
    }
    case 'categories':
      return categoryLabel(lang, value as Category);
    case 'areas': {
      const a = atlas.areaById.get(value);
      return a ? nameOf(lang, a) : value;
    }
    case 'accuracy':
      return accuracyLabel(lang, value as Accuracy);
  }
}
