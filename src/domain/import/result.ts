import type { Feature, Geometry } from 'geojson';
import type { StringKey } from '../i18n.ts';
import { type Message, english, msg } from '../message.ts';
import type { Encoding } from './decode.ts';

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

/** Parameters of a catalogue string. */
export type NoteParams = Readonly<Record<string, string | number>>;

export interface ImportError {
  file: string;
  /** Where in the file, in English for logs: 'line 12', 'features[3].geometry.coordinates', 'byte 0', 'whole file'. */
  where: string;
  /** In English, for logs and the command line. */
  message: string;
  /** Where, as the UI shows it in its language ('12行目', 'ファイル全体'; JSON paths stay as written). */
  at: Message;
  /** The message, as the UI shows it in its language. */
  says: Message;
}

/** What was set aside or read another way than asked, and why: shown with the file's result. */
export interface ImportNote {
  key: StringKey;
  params: NoteParams;
  /** How many records it concerns (0 when it is about the file as a whole). */
  count: number;
}

export type ImportResult =
  { ok: true; items: ImportedItem[]; warnings: ImportNote[]; encoding?: Encoding } | { ok: false; errors: ImportError[] };

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
  warnings: ImportNote[];
  /** How a record's place is named: 'line' in a text file, 'row' in a sheet. */
  lineWord?: 'line' | 'row';
}

/** Longest message shown as is: a 1 MB bad value must not become a 1 MB message. */
const MAX_MESSAGE = 400;

/** `s` cut to `max` characters with what was left out said, for echoing values in messages. */
export function clip(s: string, max = 80): string {
  const c = clipped(s, max);
  return typeof c === 'string' ? c : english(c);
}

/** `s` cut as clip() does, as a message parameter: the "(N characters)" is said in the UI language. */
export function clipped(s: string, max = 80): string | Message {
  if (s.length <= max) return s;
  // Never end on half of a surrogate pair.
  const cut = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return msg('clipped', { head: s.slice(0, cut), n: s.length.toLocaleString('en') });
}

/** Where in a text file or sheet a record starts: 'line 12' / 'row 12'. */
export function lineAt(ctx: ImportContext, line: number): Message {
  return msg(ctx.lineWord === 'row' ? 'whereRow' : 'whereLine', { line });
}

/** A JSON path in the file ('features[3].geometry'): the same in both languages. */
export const path = (p: string): Message => msg('asIs', { text: p });

function problem(file: string, at: Message, says: Message): ImportError {
  return { file, where: clip(english(at), 120), message: clip(english(says), MAX_MESSAGE), at, says };
}

/**
 * Collects errors, keeping the first `max` verbatim and counting the rest, so a file with
 * thousands of bad rows still yields a message a person can read.
 */
export class Problems {
  private readonly kept: ImportError[] = [];
  private extra = 0;
  private firstExtra: Message = msg('whereFile');

  constructor(
    readonly file: string,
    private readonly max: number,
  ) {}

  add(where: Message, message: Message): void {
    if (this.kept.length < this.max) {
      this.kept.push(problem(this.file, where, message));
      return;
    }
    if (this.extra === 0) this.firstExtra = where;
    this.extra += 1;
  }

  /** Puts a summary (e.g. "every row looks swapped") before the individual problems. */
  addFirst(where: Message, message: Message): void {
    this.kept.unshift(problem(this.file, where, message));
  }

  get count(): number {
    return this.kept.length + this.extra;
  }

  list(): ImportError[] {
    if (this.extra === 0) return [...this.kept];
    const more = this.extra === 1 ? msg('oneMoreProblem') : msg('moreProblems', { n: this.extra });
    return [...this.kept, problem(this.file, msg('whereOnward', { where: this.firstExtra }), more)];
  }
}

/** The file name without folders and without its last extension, spaces made '-', for ids. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base).trim().replace(/\s+/g, '-');
  return stem || 'import';
}

export function fail(file: string, where: Message, message: Message): ImportResult {
  return { ok: false, errors: [problem(file, where, message)] };
}

/** A fresh context for reading `name`: its id stem, the box its places must lie in, an empty problem list. */
export function contextFor(name: string, opts: ImportOptions, warnings: ImportNote[] = []): ImportContext {
  return {
    file: name,
    stem: fileStem(name),
    bbox: opts.bbox ?? HOKKAIDO_BBOX,
    problems: new Problems(name, opts.maxErrors ?? DEFAULT_MAX_ERRORS),
    warnings,
  };
}

/** The file's result once read: its problems, or its items with what was set aside. */
export function finish(ctx: ImportContext, items: ImportedItem[], encoding?: Encoding): ImportResult {
  if (ctx.problems.count > 0) return { ok: false, errors: ctx.problems.list() };
  if (items.length === 0) return fail(ctx.file, msg('whereFile'), msg('importNothingToDraw'));
  return { ok: true, items, warnings: ctx.warnings, ...(encoding ? { encoding } : {}) };
}
