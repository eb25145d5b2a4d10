import { clip } from '../import/result.ts';

/** One problem found in the data: always names the file, the record and the field. */
export interface DataIssue {
  file: string;
  /** Record id, or '#index' when the record has no usable id, or '' for the whole file. */
  record: string;
  field: string;
  message: string;
  /** The record was kept: only this value of it was left unused (e.g. a reference to a record set aside). */
  kept?: boolean;
}

/**
 * The issue as one line. Each part is cut (a 1 MB key, id or reference in a broken file is named by
 * its start and length, not echoed): the values inside messages are cut where they are written.
 */
export function formatIssue(issue: DataIssue): string {
  const where = [clip(issue.file), issue.record && `record ${clip(issue.record)}`, issue.field && `field ${clip(issue.field)}`]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${clip(issue.message, 300)}`;
}

/** A set of known ids (a Set, or a stand-in that accepts every id). */
export interface IdSet {
  has(id: string): boolean;
}

/** Collects issues for one record so checks read as a list of field rules. */
export class RecordCheck {
  constructor(
    readonly file: string,
    readonly record: string,
    private readonly sink: DataIssue[],
    private readonly prefix = '',
  ) {}

  /** A checker whose field names are prefixed, for nested objects (e.g. `initiatives[2]`). */
  at(path: string): RecordCheck {
    return new RecordCheck(this.file, this.record, this.sink, this.prefix ? `${this.prefix}.${path}` : path);
  }

  fail(field: string, message: string): void {
    const full = this.prefix ? `${this.prefix}.${field}` : field;
    this.sink.push({ file: this.file, record: this.record, field: full, message });
  }

  /** Reports a problem that does not set the record aside. */
  note(field: string, message: string): void {
    const full = this.prefix ? `${this.prefix}.${field}` : field;
    this.sink.push({ file: this.file, record: this.record, field: full, message, kept: true });
  }

  /** No issue that sets the record aside. */
  get ok(): boolean {
    return !this.sink.some((i) => i.file === this.file && i.record === this.record && !i.kept);
  }

  string(obj: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, `must be a non-empty string (got ${describe(v)})`);
  }

  number(obj: Record<string, unknown>, field: string, opts: { optional?: boolean; nullable?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, `must be a finite number (got ${describe(v)})`);
  }

  oneOf<T extends string>(obj: Record<string, unknown>, field: string, allowed: readonly T[], opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      this.fail(field, `must be one of ${allowed.join(', ')} (got ${describe(v)})`);
    }
  }

  boolean(obj: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'boolean') this.fail(field, `must be true or false (got ${describe(v)})`);
  }

  stringArray(obj: Record<string, unknown>, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.fail(field, `must be an array of strings (got ${describe(v)})`);
    } else if (opts.nonEmpty && v.length === 0) {
      this.fail(field, 'must not be empty');
    }
  }

  /** Every reference in `obj[field]` must resolve in `known`; names the dangling value. */
  refs(obj: Record<string, unknown>, field: string, known: IdSet, what: string): void {
    const v = obj[field];
    const values = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    this.references(field, values.filter((x): x is string => typeof x === 'string'), known, what);
  }

  /** Each id must resolve in `known`; names the dangling value. */
  references(field: string, ids: string | readonly string[] | null | undefined, known: IdSet, what: string): void {
    for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
      if (!known.has(id)) this.fail(field, `refers to unknown ${what} "${id}"`);
    }
  }

  sources(obj: Record<string, unknown>, field = 'sources'): void {
    const v = obj[field];
    if (!Array.isArray(v) || v.length === 0) {
      this.fail(field, 'must cite at least one source ({file, section})');
      return;
    }
    v.forEach((s, i) => {
      if (!isObject(s) || typeof s['file'] !== 'string' || typeof s['section'] !== 'string' || !s['section']) {
        this.fail(`${field}[${i}]`, 'must be {file, section} with a non-empty section');
      } else if (!/^\d{3}_[0-9a-f]{16}\.txt$/.test(s['file'])) {
        this.fail(`${field}[${i}].file`, `must name a seed document like 001_….txt (got "${s['file']}")`);
      }
    });
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Values in messages are cut to about this many characters (a 1 MB value is not echoed). */
const SHOWN = 80;

/** What was found, for messages: its type and its value as written (cut when long). */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  const kind = Array.isArray(v) ? 'an array' : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the boolean' : typeof v === 'object' ? 'an object' : typeof v;
  return `${kind} ${show(v, SHOWN)}`;
}

/**
 * JSON-like text of a value, cut with … once it passes `budget` characters. Stops walking where
 * it stops printing, so a deeply nested value costs no more than a short one.
 */
function show(v: unknown, budget: number): string {
  if (typeof v === 'string') return v.length > budget ? `${JSON.stringify(v.slice(0, budget))}…` : JSON.stringify(v);
  if (typeof v !== 'object' || v === null) return String(v);
  const array = Array.isArray(v);
  const keys = array ? v.keys() : Object.keys(v).values();
  let out = array ? '[' : '{';
  for (const key of keys) {
    if (out.length > 1) out += ', ';
    if (out.length >= budget) return `${out.trimEnd()} …`;
    if (!array) out += `${JSON.stringify(key)}: `;
    const part = show((v as Record<string | number, unknown>)[key], budget - out.length);
    out += part;
    if (part.endsWith('…')) return out;
  }
  return out + (array ? ']' : '}');
}
