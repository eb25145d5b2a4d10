import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Atlas, type AtlasIndex } from '../../domain/atlas.ts';
import type { DataIssue } from '../../domain/data/issues.ts';
import type { LoadCallbacks, LoadProgress } from '../../domain/data/load.ts';
import { type LoadResult, loadInWorker } from '../../domain/data/load-in-worker.ts';
import type { Dataset } from '../../domain/data/validate.ts';
import type { ImportedLayer } from '../../domain/import/layer.ts';
import type { RelationsData } from '../../domain/relations.ts';
import { settleOnce } from '../../domain/settle-once.ts';

export interface DataOptions {
  /** The folder of the data files. */
  base: () => string;
  /**
   * A dataset goes on screen: starts what it needs in the background (the fonts of the map's
   * names). Nothing waits for it: the fonts held the whole page back 0.7 s on a cold load here.
   */
  onShow?: (atlas: Atlas) => void;
  load?: (base: string, on: LoadCallbacks) => Promise<LoadResult>;
  /** The items are in, in the same update that shows them (the URL's ids can then be checked). */
  onComplete?: (atlas: Atlas) => void;
}

/**
 * The data on screen: loads it in a worker (for tiled data the small files first, then the items:
 * each goes on screen as it arrives) and lays the user's imported files over it (by file name:
 * loading a file again replaces it).
 */
export class DataController implements ReactiveController {
  atlas: Atlas | null = null;
  issues: DataIssue[] = [];
  progress: LoadProgress | null = null;
  /** Tiled data on screen while the items (list, counts, panels) are still loading. */
  itemsLoading = false;
  private base: Dataset | null = null;
  /** The loader worker's facet indexes of the base dataset (the imported files' join them). */
  private baseIndex: AtlasIndex | undefined;
  private readonly imported = new Map<string, ImportedLayer>();
  private readonly loaded = settleOnce<RelationsData | null>();

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
    try {
      const { dataset, issues, index } = await load(this.opts.base(), {
        onProgress: (p) => this.set(() => (this.progress = p)),
        // Tiled data: the map starts from the tiles while the items are still on their way.
        onBase: (base) => void this.show(base.dataset, base.issues, false),
      });
      return this.show(dataset, issues, true, index);
    } finally {
      this.loaded.settle(this.relations());
    }
  }

  /** Adds the user's files (by name); true when the atlas on screen changed. */
  async addImported(files: ReadonlyMap<string, ImportedLayer>): Promise<boolean> {
    for (const [name, layer] of files) this.imported.set(name, layer);
    const base = this.base;
    if (!base || files.size === 0) return false;
    const atlas = this.withImported(base, this.baseIndex);
    // The facet indexes joined (tens of ms at 200 000 items) in a task of their own: the page
    // then draws the new atlas in the next, not both in one long task.
    void atlas.index;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Newer data on screen meanwhile already has the files laid over it.
    if (this.base === base) this.set(() => (this.atlas = atlas));
    return true;
  }

  /** The loaded data's areas and projects: what an imported item's facet values are read from. */
  relations(): RelationsData | null {
    return this.base && { areas: this.base.areas, projects: this.base.projects };
  }

  /** The relations once the data has loaded (null if it could not). */
  whenLoaded(): Promise<RelationsData | null> {
    return this.base ? Promise.resolve(this.relations()) : this.loaded.promise;
  }

  /** Problems found beside the data's own (the tour file's). */
  addIssues(issues: readonly DataIssue[]): void {
    if (issues.length) this.set(() => (this.issues = [...this.issues, ...issues]));
  }

  /** Puts a loaded dataset on screen; `complete` once the items are in. */
  private show(dataset: Dataset, issues: DataIssue[], complete: boolean, index?: AtlasIndex): Atlas {
    const atlas = this.withImported(dataset, index);
    this.opts.onShow?.(atlas);
    this.set(() => {
      this.base = dataset;
      this.baseIndex = index;
      this.issues = issues;
      this.itemsLoading = !complete;
      this.atlas = atlas;
      if (complete) this.opts.onComplete?.(atlas);
    });
    return atlas;
  }

  /**
   * The dataset with the user's files on top. The worker's facet indexes cover the loaded items;
   * the atlas joins the files' own to them (or indexes everything again when a file has none).
   */
  private withImported(dataset: Dataset, index?: AtlasIndex): Atlas {
    return new Atlas(dataset, index, [...this.imported.values()]);
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}
