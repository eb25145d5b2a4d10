import type { Feature, Geometry } from 'geojson';

/**
 * What a user import produces. Imported features are kept apart from the plan items
 * (ItemProperties): they have no project, body or citation, and claiming one would misstate
 * where the data came from. The app shows them as their own layer, named after the file.
 */

/** A value of the file's own attribute table, kept as data (never interpreted as markup). */
export type ImportedValue = string | number | boolean | null;

export interface ImportedProperties {
  /** `${fileStem}-${index}`: index is the record's 0-based position in the file (feature or data row). */
  id: string;
  /** From a name column / property when there is one, else `${fileStem} ${index + 1}`. */
  name_ja: string;
  name_en?: string;
  /** The layer the item belongs to: the file name. */
  layer: string;
  /** The file name as picked or dropped. */
  source_file: string;
  /** Every attribute of the record as the file gives it (CSV values stay strings). */
  properties: Record<string, ImportedValue>;
}

export type ImportedItem = Feature<Geometry, ImportedProperties>;

export interface ImportError {
  file: string;
  /** Where in the file: 'line 12', 'features[3].geometry.coordinates', 'byte 0', 'whole file'. */
  where: string;
  message: string;
}

export type ImportResult =
  | { ok: true; items: ImportedItem[]; warnings: string[] }
  | { ok: false; errors: ImportError[] };

export type BBox = [number, number, number, number];

export interface ImportOptions {
  /** Largest accepted file in bytes (default 20 MB). */
  maxBytes?: number;
  /** Every coordinate must lie inside [west, south, east, north] (default: Hokkaido). */
  bbox?: BBox;
  /** How many problems are listed one by one before "and K more" (default 20). */
  maxErrors?: number;
}

/** Hokkaido with its islands and a small margin: user data may cover more than the two 振興局. */
export const HOKKAIDO_BBOX: BBox = [139.3, 41.3, 148.9, 45.7];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ERRORS = 20;

/** Everything the format readers need to know about the file being imported. */
export interface ImportContext {
  file: string;
  stem: string;
  bbox: BBox;
  problems: Problems;
  warnings: string[];
}

/**
 * Collects errors, keeping the first `max` verbatim and counting the rest, so a file with
 * thousands of bad rows still yields a message a person can read.
 */
export class Problems {
  private readonly kept: ImportError[] = [];
  private extra = 0;
  private firstExtra = '';

  constructor(
    readonly file: string,
    private readonly max: number,
  ) {}

  add(where: string, message: string): void {
    if (this.kept.length < this.max) {
      this.kept.push({ file: this.file, where, message });
      return;
    }
    if (this.extra === 0) this.firstExtra = where;
    this.extra += 1;
  }

  /** Puts a summary (e.g. "every row looks swapped") before the individual problems. */
  addFirst(where: string, message: string): void {
    this.kept.unshift({ file: this.file, where, message });
  }

  get count(): number {
    return this.kept.length + this.extra;
  }

  list(): ImportError[] {
    if (this.extra === 0) return [...this.kept];
    const more = { file: this.file, where: `${this.firstExtra} onward`, message: `and ${this.extra} more ${this.extra === 1 ? 'problem' : 'problems'}` };
    return [...this.kept, more];
  }
}

/** The file name without folders and without its last extension, spaces made '-', for ids. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim().replace(/\s+/g, '-');
  return stem || 'import';
}

export function fail(file: string, where: string, message: string): ImportResult {
  return { ok: false, errors: [{ file, where, message }] };
}
