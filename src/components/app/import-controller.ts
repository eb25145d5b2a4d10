import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../../domain/i18n.ts';
import type { ImportError } from '../../domain/import/import-file.ts';
import type { ImportedLayer } from '../../domain/import/layer.ts';
import type { FileLike } from '../../domain/import/read-files.ts';
import type { LoadedLine } from '../../domain/import/summary.ts';
import type { RelationsData } from '../../domain/relations.ts';
import type { Lang } from '../../domain/types.ts';
import { afterPaint } from '../after-paint.ts';

export type ImportHost = ReactiveControllerHost & HTMLElement;

/** Files being read (`done` of `total`), or their `adding` items being added to the map. */
export type ImportProgress = { done: number; total: number } | { adding: number };

/** What the notice says while an import runs. */
export function importProgressText(lang: Lang, p: ImportProgress): string {
  return 'adding' in p ? t(lang, 'importAdding', { n: p.adding }) : t(lang, 'importReading', { done: p.done, total: p.total });
}

export interface ImportOptions {
  /** Lays the good files over the data; false when there is no data to lay them on yet. */
  add(layers: ReadonlyMap<string, ImportedLayer>): Promise<boolean> | boolean;
  /** A pick or drop was read: one line per loaded file (null when none loaded). */
  done(lines: readonly LoadedLine[] | null): void;
  /**
   * The data's areas and projects once it has loaded (null if it could not), for the reader to
   * prepare the files for the map and the filters with. Without it the files are read only.
   */
  relations?(): Promise<RelationsData | null>;
  /** Files are being read, or their items added (importProgressText says which). */
  progress(p: ImportProgress): void;
}

/**
 * The user's own files, dropped anywhere on the app or picked with the import button. A file that
 * fails is reported (file › where: message) and changes nothing; a good one becomes a layer named
 * after it. The reader is loaded the first time a file comes.
 */
export class ImportController implements ReactiveController {
  errors: ImportError[] = [];
  /** A file is being dragged over the app. */
  dragging = false;

  constructor(
    private readonly host: ImportHost,
    private readonly opts: ImportOptions,
  ) {
    host.addController(this);
    host.addEventListener('dragover', (e) => {
      e.preventDefault();
      this.setDragging(true);
    });
    host.addEventListener('dragleave', (e) => {
      if (e.target === host) this.setDragging(false);
    });
    host.addEventListener('drop', (e) => {
      e.preventDefault();
      this.setDragging(false);
      void this.importFiles([...(e.dataTransfer?.files ?? [])]);
    });
  }

  hostConnected(): void {
    // The listeners are on the host itself: they come and go with it.
  }

  /** The file input's change: reads its files, then clears it so the same file can come again. */
  readonly onPick = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared at once, whatever the read does, so the same file can be picked again.
    input.value = '';
    void this.importFiles(files);
  };

  /**
   * Reads every file, each on its own (one that fails or throws never stops the next), then
   * reports each file's outcome: errors to the banner, loaded files with what was set aside to
   * the notice — which replaces the last one, so an old success never stands beside a new failure.
   */
  async importFiles(files: readonly FileLike[]): Promise<void> {
    if (files.length === 0) return;
    this.opts.done(null);
    this.opts.progress({ done: 0, total: files.length });
    const [{ readFilesInWorker }, { loadedLines }] = await Promise.all([
      import('../../domain/import/read-in-worker.ts'),
      import('../../domain/import/summary.ts'),
    ]);
    // A file picked while the data is still loading waits for it: it is laid over the data.
    const relations = (await this.opts.relations?.()) ?? null;
    const { layers, count, errors, outcomes } = await readFilesInWorker(files, { onProgress: (p) => this.opts.progress(p), relations });
    this.errors = errors;
    this.host.requestUpdate();
    if (count > 0) {
      // The worker made the map's features and the facet indexes; adding still joins the items
      // to the atlas here, and the map takes the features a chunk at a time: the notice says so
      // first, and is painted before the work starts.
      this.opts.progress({ adding: count });
      await afterPaint();
    }
    const added = count > 0 && (await this.opts.add(layers));
    const lines = added ? loadedLines(outcomes) : [];
    this.opts.done(lines.length ? lines : null);
  }

  private setDragging(on: boolean): void {
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }
}
