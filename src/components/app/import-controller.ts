import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Item } from '../../domain/data/validate.ts';
import type { ImportError } from '../../domain/import/import-file.ts';
import type { FileLike } from '../../domain/import/read-files.ts';

export type ImportHost = ReactiveControllerHost & HTMLElement;

export interface ImportOptions {
  /** Lays the good files over the data; false when there is no data to lay them on yet. */
  add(layers: ReadonlyMap<string, Item[]>): boolean;
  /** The good files are on the map: `count` items. */
  done(count: number): void;
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
    void this.importFiles([...(input.files ?? [])]).then(() => (input.value = ''));
  };

  async importFiles(files: readonly FileLike[]): Promise<void> {
    const { readFiles } = await import('../../domain/import/read-files.ts');
    const { layers, count, errors } = await readFiles(files);
    this.errors = errors;
    this.host.requestUpdate();
    if (count > 0 && this.opts.add(layers)) this.opts.done(count);
  }

  private setDragging(on: boolean): void {
    if (this.dragging === on) return;
    this.dragging = on;
    this.host.requestUpdate();
  }
}
