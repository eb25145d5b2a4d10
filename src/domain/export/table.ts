import type { Atlas } from '../atlas.ts';
import type { Item } from '../data/validate.ts';
import { documentTitle } from '../documents.ts';
import { accuracyLabel, categoryLabel, nameOf, t } from '../i18n.ts';
import type { StringKey } from '../i18n.ts';
import type { Lang, PlanDocument } from '../types.ts';
import type { ExportCell } from './cells.ts';
import { representativePoint } from './representative-point.ts';

/** What a column holds, so every writer types its cells the same way. */
export type ColumnKind = 'text' | 'code' | 'number';

export interface ExportColumn {
  key: StringKey;
  kind: ColumnKind;
}

export interface ExportTable {
  head: string[];
  kinds: ColumnKind[];
  rows: ExportCell[][];
}

const COLUMNS: readonly ExportColumn[] = [
  { key: 'colId', kind: 'text' },
  { key: 'name', kind: 'text' },
  { key: 'category', kind: 'text' },
  { key: 'work', kind: 'text' },
  { key: 'municipality', kind: 'text' },
  { key: 'colMunicipalityCode', kind: 'code' },
  { key: 'body', kind: 'text' },
  { key: 'colProjectNumbers', kind: 'text' },
  { key: 'colProjects', kind: 'text' },
  { key: 'accuracy', kind: 'text' },
  { key: 'colLon', kind: 'number' },
  { key: 'colLat', kind: 'number' },
  { key: 'colPointKind', kind: 'text' },
  { key: 'sources', kind: 'text' },
];

/**
 * The list as shown (the items the caller passes, in its order) as one table for every
 * tabular export. Names as the user reads them; ids and codes so rows join back to the data;
 * project numbers as the plans write them in ASCII (1-(1)), whatever the language, so a column
 * sorts and filters the same in both; sources as document title and section.
 */
export function exportTable(atlas: Atlas, items: readonly Item[], lang: Lang, documents: readonly PlanDocument[]): ExportTable {
  return {
    head: COLUMNS.map((c) => t(lang, c.key)),
    kinds: COLUMNS.map((c) => c.kind),
    rows: items.map((item) => row(atlas, item, lang, documents)),
  };
}

function row(atlas: Atlas, item: Item, lang: Lang, documents: readonly PlanDocument[]): ExportCell[] {
  const p = item.properties;
  const projects = atlas.projectsOfItem(item);
  const at = representativePoint(item.geometry);
  const body = atlas.bodyById.get(p.body);
  return [
    p.id,
    nameOf(lang, p),
    categoryLabel(lang, p.category),
    p.work_ja,
    p.municipalities
      .map((c) => {
        const a = atlas.areaById.get(c);
        return a ? nameOf(lang, a) : c;
      })
      .join('・'),
    p.municipalities.join(' '),
    body ? nameOf(lang, body) : p.body,
    [...new Set(projects.flatMap((x) => x.numbers))].join(' / '),
    projects.map((x) => nameOf(lang, x)).join(' / '),
    item.geometry ? accuracyLabel(lang, p.accuracy) : '',
    at ? at.lon : null,
    at ? at.lat : null,
    at ? t(lang, `pointKind_${at.kind}`) : '',
    p.sources.map((s) => `${documentTitle(documents, s.file, lang)} ${s.section}`.trim()).join(' | '),
  ];
}
