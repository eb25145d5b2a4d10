import type { Item } from '../data/validate.ts';
import { FacetIndex } from '../filters.ts';
import type { ItemFeature } from '../map-features.ts';
import { Relations, type RelationsData } from '../relations.ts';
import { DEFAULT_MAX_BYTES } from './result.ts';
import type { ImportMessage, ImportRequest } from './import.worker.ts';
import { ImportedTiles, ownBuffer } from './imported-tiles.ts';
import { type ImportedLayer, type PreparedLayer, type TileProvider, prepareItems } from './layer.ts';
import type { FileLike, ReadFiles } from './read-files.ts';
import { rowsToItems } from './to-items.ts';

/** Progress of a read: `done` of `total` files read, the last one `file`. */
export type ReadProgress = (p: { file: string; done: number; total: number }) => void;

/** A read's outcome with each good file as a layer (prepared when the data's relations were given). */
export type ReadLayers = Omit<ReadFiles, 'layers'> & { layers: Map<string, ImportedLayer> };

export interface ReadOptions {
  onProgress?: ReadProgress;
  maxBytes?: number;
  /** The loaded data's areas and projects, to prepare the files with (their map tiles and facet indexes). */
  relations?: RelationsData | null;
}

type Listener = (m: ImportMessage) => void;

/**
 * The page's side of the import worker: reads the user's files there (the page stays responsive
 * and shows progress), and asks it for the map's tiles of them. Where a module Worker cannot
 * start, or fails, the same is done here instead (same result, only less responsive).
 */
export class ImportWorker implements TileProvider {
  /** undefined: not started yet; null: none can run, everything is done on the page. */
  private worker: Worker | null | undefined;
  private local: ImportedTiles | null = null;
  private next = 0;
  private readonly listeners = new Map<number, Listener>();

  read(files: readonly FileLike[], o: ReadOptions = {}): Promise<ReadLayers> {
    const worker = this.start();
    if (!worker) return this.readHere(files, o);
    return new Promise((resolve) => {
      const items = new Map<string, { items: Item[]; byId: Map<string, Item> }>();
      const prepared = new Map<string, PreparedLayer>();
      const id = this.listen((m) => {
        if (m.type === 'file') return o.onProgress?.(m);
        if (m.type === 'rows') {
          // Each chunk is its own task: the items and their lookup grow a chunk at a time.
          const list = items.get(m.file) ?? { items: [], byId: new Map<string, Item>() };
          for (const item of rowsToItems(m.file, m.rows, m.offset)) {
            list.items.push(item);
            list.byId.set(item.properties.id, item);
          }
          return void items.set(m.file, list);
        }
        if (m.type === 'prepared') {
          const index = { all: new FacetIndex(m.index.all), located: new FacetIndex(m.index.located) };
          return void prepared.set(m.file, {
            tiles: this,
            generation: m.generation,
            completeFrom: m.completeFrom,
            points: m.points,
            index,
          });
        }
        this.listeners.delete(id);
        if (m.type !== 'done') return resolve(this.readHere(files, o));
        const { files: names, ...rest } = m.result;
        // A good file with no items sends no chunk: it is still a layer (empty).
        const layer = (file: string): ImportedLayer => {
          const p = prepared.get(file);
          return { ...(items.get(file) ?? { items: [] }), ...(p ? { prepared: p } : {}) };
        };
        resolve({ ...rest, layers: new Map(names.map((f) => [f, layer(f)])) });
      });
      const request: ImportRequest = {
        type: 'read',
        id,
        files: files as File[],
        maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES,
        relations: o.relations ?? null,
      };
      try {
        worker.postMessage(request);
      } catch {
        // Not File objects (a stand-in) cannot be cloned to a worker.
        this.listeners.delete(id);
        resolve(this.readHere(files, o));
      }
    });
  }

  async tile(z: number, x: number, y: number): Promise<ArrayBuffer | null> {
    const worker = this.worker;
    if (!worker) {
      const bytes = this.local?.tile(z, x, y);
      return bytes ? ownBuffer(bytes) : null;
    }
    return new Promise((resolve) => {
      const id = this.listen((m) => {
        this.listeners.delete(id);
        resolve(m.type === 'tile' ? m.data : null);
      });
      worker.postMessage({ type: 'tile', id, z, x, y } satisfies ImportRequest);
    });
  }

  /** The worker, started the first time; null when none can run. */
  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<ImportMessage>) => this.listeners.get(e.data.id)?.(e.data);
      // It failed to start or crashed: whatever was waiting is done on the page, and so is what comes.
      worker.onerror = () => {
        worker.terminate();
        this.worker = null;
        for (const [id, listener] of [...this.listeners]) listener({ type: 'failed', id, message: 'the import worker stopped' });
      };
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private listen(listener: Listener): number {
    const id = ++this.next;
    this.listeners.set(id, listener);
    return id;
  }

  /** Reads and prepares on the page; the features still go to the worker's tiles while it runs. */
  private async readHere(files: readonly FileLike[], o: ReadOptions): Promise<ReadLayers> {
    const { readFiles } = await import('./read-files.ts');
    const read = await readFiles(files, o.maxBytes ?? DEFAULT_MAX_BYTES, (f, done) =>
      o.onProgress?.({ file: f.file, done, total: files.length }),
    );
    const relations = o.relations && new Relations(o.relations);
    const layers = new Map<string, ImportedLayer>();
    for (const [file, items] of read.layers) {
      if (!relations) {
        layers.set(file, { items });
        continue;
      }
      const { features, completeFrom, points, index } = prepareItems(items, relations);
      const generation = await this.store(file, features);
      layers.set(file, { items, prepared: { tiles: this, generation, completeFrom, points, index } });
    }
    return { ...read, layers };
  }

  private store(file: string, features: ItemFeature[]): Promise<number> {
    const worker = this.worker;
    if (!worker) return Promise.resolve((this.local ??= new ImportedTiles()).set(file, features));
    return new Promise((resolve) => {
      const id = this.listen((m) => {
        this.listeners.delete(id);
        // The worker stopped meanwhile: the page keeps the features from now on.
        resolve(m.type === 'stored' ? m.generation : this.store(file, features));
      });
      worker.postMessage({ type: 'store', id, file, features } satisfies ImportRequest);
    });
  }
}

/** The page's one import worker: the map's tiles of every imported file come from it. */
export const importWorker = new ImportWorker();

/** Reads the user's files in the import worker (see ImportWorker). */
export function readFilesInWorker(files: readonly FileLike[], o: ReadOptions = {}): Promise<ReadLayers> {
  return importWorker.read(files, o);
}
