import type { Atlas } from './atlas.ts';
import { joinList, nameOf, promoterLabel, t } from './i18n.ts';
import type { Selection } from './state.ts';
import type { Lang, Project } from './types.ts';

/** A project number as the documents print it: １－（１） in Japanese, 1-(1) in English. */
export function formatNumber(lang: Lang, n: string): string {
  return lang === 'ja'
    ? n
        .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
        .replace('-', '－')
        .replace('(', '（')
        .replace(')', '）')
    : n;
}

/** "1-(1)・4-(2)" as the documents print the numbers (full-width for Japanese). */
export function projectNumbers(lang: Lang, p: Project): string {
  return joinList(
    lang,
    p.numbers.map((n) => formatNumber(lang, n)),
  );
}

/**
 * The heading of what is selected, as plain text (the detail panel's title; the handout's title):
 * a project with its 推進主体 badge and numbers, an area with its border-region badge. Null when
 * nothing, or something the data does not hold, is selected.
 */
export function selectionTitle(atlas: Atlas, selection: Selection | null, lang: Lang): string | null {
  if (!selection) return null;
  const { kind, id } = selection;
  switch (kind) {
    case 'item': {
      const item = atlas.itemById.get(id);
      return item ? nameOf(lang, item.properties) : null;
    }
    case 'project': {
      const p = atlas.projectById.get(id);
      return p ? `${promoterLabel(lang, p.promoter)} ${projectNumbers(lang, p)} ${nameOf(lang, p)}` : null;
    }
    case 'kpi': {
      const kpi = atlas.kpiById.get(id);
      return kpi ? nameOf(lang, kpi) : null;
    }
    case 'area': {
      const a = atlas.areaById.get(id);
      return a ? `${nameOf(lang, a)}${a.border_region ? ` ${t(lang, 'border')}` : ''}` : null;
    }
    case 'context': {
      const f = Object.values(atlas.data.context)
        .flat()
        .find((x) => x.properties.id === id);
      return f ? nameOf(lang, f.properties) : null;
    }
  }
}
