import { neutralise } from './cells.ts';
import type { ExportTable } from './table.ts';

/**
 * The table as an .xlsx workbook with typed cells, written by write-excel-file (a kept library:
 * a workbook is a zip of XML parts that Excel is strict about). Codes are String cells, so
 * 01691 keeps its zero; coordinates are Number cells; text is formula-neutralised as in the CSV.
 * The library is imported only when a workbook is made (it is not needed for the first render).
 */
export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const head = table.head.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const }));
  const rows = table.rows.map((r) =>
    r.map((v, i) => {
      if (v === null || v === '') return null;
      if (table.kinds[i] === 'number' && typeof v === 'number') return { value: v, type: Number };
      return { value: neutralise(String(v)), type: String };
    }),
  );
  return writeXlsxFile([head, ...rows], { sheet: sheetName.slice(0, 31), stickyRowsCount: 1 }).toBlob();
}
