/// <reference lib="webworker" />
/**
 * The user's files, off the main thread, for as long as the page lives. It reads them (decoding
 * and parsing 200 000 CSV rows takes seconds, which on the page would freeze it with no progress
 * shown) and, given the data's areas and projects, makes each file's map features, their thinning
 * and facet indexes (seconds more at that size). It keeps the features and cuts the map's tiles of
 * them on request, so they never cross to the page. Posts each file's progress, then its rows in
 * chunks (one structured clone of them all would block the page as long as the parse), its
 * preparation, then the rest of the result.
 */
import type { ItemFeature } from '../map-features.ts';
import { Relations, type RelationsData } from '../relations.ts';
import { ImportedTiles, ownBuffer } from './imported-tiles.ts';
import { type PreparedIndexData, indexData, prepareItems } from './layer.ts';
import { type ReadFiles, readFiles } from './read-files.ts';
import type { ImportedItem } from './result.ts';
import { type ImportedRow, toRows } from './to-items.ts';

export type ImportRequest =
  | {
      type: 'read';
      id: number;
      files: readonly File[];
      maxBytes: number;
      /** The loaded data's areas and projects (null: the items are read but not prepared). */
      relations: RelationsData | null;
    }
  /** Features made on the page (a read the worker could not finish), kept here with the rest. */
  | { type: 'store'; id: number; file: string; features: ItemFeature[] }
  | { type: 'tile'; id: number; z: number; x: number; y: number };

export type ImportMessage =
  | { type: 'file'; id: number; file: string; done: number; total: number }
  /** A chunk of a file's features, from position `offset`, in their wire form (the page makes the items). */
  | { type: 'rows'; id: number; file: string; offset: number; rows: ImportedRow[] }
  | { type: 'prepared'; id: number; file: string; generation: number; completeFrom: number; points: number; index: PreparedIndexData }
  | { type: 'done'; id: number; result: Omit<ReadFiles, 'layers'> & { files: string[] } }
  | { type: 'stored'; id: number; generation: number }
  | { type: 'tile'; id: number; data: ArrayBuffer | null }
  | { type: 'failed'; id: number; message: string };

export const IMPORT_CHUNK = 2000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ImportMessage, transfer: Transferable[] = []): void => scope.postMessage(m, transfer);
const tiles = new ImportedTiles();

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const r = e.data;
  try {
    if (r.type === 'tile') {
      const bytes = tiles.tile(r.z, r.x, r.y);
      const data = bytes && ownBuffer(bytes);
      return post({ type: 'tile', id: r.id, data }, data ? [data] : []);
    }
    if (r.type === 'store') return post({ type: 'stored', id: r.id, generation: tiles.set(r.file, r.features) });
    await read(r);
  } catch (err) {
    post({ type: 'failed', id: r.id, message: (err as Error).message });
  }
};

async function read({ id, files, maxBytes, relations: data }: Extract<ImportRequest, { type: 'read' }>): Promise<void> {
  const result = await readFiles(files, maxBytes, (o, done) => post({ type: 'file', id, file: o.file, done, total: files.length }));
  const relations = data && new Relations(data);
  const imported = new Map<string, ImportedItem[]>(result.outcomes.flatMap((o) => (o.ok ? [[o.file, o.items]] : [])));
  for (const [file, items] of result.layers) {
    // Only what differs between a file's items crosses (a fifth of the bytes of whole items).
    const rows = toRows(imported.get(file) ?? []);
    for (let i = 0; i < rows.length; i += IMPORT_CHUNK) post({ type: 'rows', id, file, offset: i, rows: rows.slice(i, i + IMPORT_CHUNK) });
    if (!relations) continue;
    const { features, completeFrom, points, index } = prepareItems(items, relations);
    const generation = tiles.set(file, features);
    const { data: indexes, transfer } = indexData(index);
    post({ type: 'prepared', id, file, generation, completeFrom, points, index: indexes }, transfer);
  }
  // The outcomes' own item lists are what the layers were made of: not sent twice.
  const outcomes = result.outcomes.map((o) => (o.ok ? { ...o, items: [] } : o));
  post({ type: 'done', id, result: { count: result.count, errors: result.errors, outcomes, files: [...result.layers.keys()] } });
}
