import type { Atlas } from '../domain/atlas.ts';
import type { Item } from '../domain/data/validate.ts';
import type { Filters } from '../domain/filters.ts';
import type { Lang } from '../domain/types.ts';

export type ExportKind = 'csv' | 'xlsx' | 'geojson';

/**
 * Saves exactly the items given (the list as shown) in one format. The export code and the
 * XLSX writer are loaded on the first export: nothing of it is in the first render's bundle.
 */
export async function downloadExport(kind: ExportKind, atlas: Atlas, items: readonly Item[], filters: Filters, lang: Lang): Promise<void> {
  const [{ exportTable }, { tableToCsv, toGeoJson }, { exportFileName, scopeLabel }] = await Promise.all([
    import('../domain/export/table.ts'),
    import('../domain/export/csv.ts'),
    import('../domain/export/file-name.ts'),
  ]);
  const name = exportFileName(atlas, filters, lang, new Date(), kind);
  let blob: Blob;
  if (kind === 'geojson') blob = new Blob([JSON.stringify(toGeoJson(items), null, 1)], { type: 'application/geo+json' });
  else {
    const table = exportTable(atlas, items, lang, atlas.data.documents);
    if (kind === 'csv') blob = new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
    else blob = await (await import('../domain/export/xlsx.ts')).tableToXlsx(table, scopeLabel(atlas, filters, lang));
  }
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
