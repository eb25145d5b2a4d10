import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Atlas, type AtlasIndex } from '../../domain/atlas.ts';
import type { DataIssue } from '../../domain/data/issues.ts';
import type { LoadCallbacks, LoadProgress } from '../../domain/data/load.ts';
import { type LoadResult, loadInWorker } from '../../domain/data/load-in-worker.ts';
import type { Dataset, Item } from '../../domain/data/validate.ts';

export interface DataOptions {
  /** The folder of the data files. */
  base: () => string;
  /** Runs before a dataset goes on screen (the fonts its labels need); a newer load wins meanwhile. */
  beforeShow?: (atlas: Atlas) => Promise<void>;
  load?: (base: string, on: LoadCallbacks) => Promise<LoadResult>;
  /** The items are in, in the same update that shows them (the URL's ids can then be checked). */
  onComplete?: (atlas: Atlas) => void;
}

/**
 * The data on screen: loads it in a worker (for tiled data the small files first, then the items),
 * keeps only the newest load that finishes (the stale-load token), and lays the user's imported
 * files over it (by file name: loading a file again replaces it).
 */
export class DataController implements ReactiveController {
  atlas: Atlas | null = null;
  issues: DataIssue[] = [];
  progress: LoadProgress | null = null;
  /** Tiled data on screen while the items (list, counts, panels) are still loading. */
  itemsLoading = false;
  private base: Dataset | null = null;
  private readonly imported = new Map<string, Item[]>();
  private shown = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly opts: DataOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Loading starts when the app asks (load()), not on every reconnection.
  }

  /** Loads everything; resolves with the complete atlas once it is on screen. */
  async load(): Promise<Atlas> {
    const load = this.opts.load ?? loadInWorker;
    const { dataset, issues, index } = await load(this.opts.base(), {
      onProgress: (p) => this.set(() => (this.progress = p)),
      // Tiled data: the map starts from the tiles while the items are still on their way.
      onBase: (base) => void this.show(base.dataset, base.issues, false),
    });
    return this.show(dataset, issues, true, index);
  }

  /** Adds the user's files (by name); true when the atlas on screen changed. */
  addImported(files: ReadonlyMap<string, Item[]>): boolean {
    for (const [name, items] of files) this.imported.set(name, items);
    if (!this.base || files.size === 0) return false;
    this.set(() => (this.atlas = this.withImported(this.base!)));
    return true;
  }

  /** Problems found beside the data's own (the tour file's). */
  addIssues(issues: readonly DataIssue[]): void {
    if (issues.length) this.set(() => (this.issues = [...this.issues, ...issues]));
  }

  /** Puts a loaded dataset on screen; `complete` once the items are in. */
  private async show(dataset: Dataset, issues: DataIssue[], complete: boolean, index?: AtlasIndex): Promise<Atlas> {
    const atlas = this.withImported(dataset, index);
    const token = ++this.shown;
    await this.opts.beforeShow?.(atlas);
    // The complete dataset may have overtaken the small files' one meanwhile.
    if (token !== this.shown) return atlas;
    this.set(() => {
      this.base = dataset;
      this.issues = issues;
      this.itemsLoading = !complete;
      this.atlas = atlas;
      if (complete) this.opts.onComplete?.(atlas);
    });
    return atlas;
  }

  /** The dataset with the user's files on top. The worker's facet indexes cover the loaded items only: with imported ones they are rebuilt. */
  private withImported(dataset: Dataset, index?: AtlasIndex): Atlas {
    const imported = [...this.imported.values()].flat();
    return new Atlas({ ...dataset, items: [...dataset.items, ...imported] }, imported.length ? undefined : index);
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
