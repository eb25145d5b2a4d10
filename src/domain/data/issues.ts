import { UI } from '../catalogue/ui.ts';
import { type Message, type MessageParam, english, msg, say } from '../message.ts';
import type { Lang } from '../vocabulary.ts';
import { clip } from '../import/result.ts';

/** One problem found in the data: always names the file, the record and the field. */
export interface DataIssue {
  file: string;
  /** Record id, or '#index' when the record has no usable id, or '' for the whole file. */
  record: string;
  field: string;
  /** In English, for logs and `npm run validate`. */
  message: string;
  /** The message as the UI shows it, in its language. */
  msg: Message;
  /** The record was kept: only this value of it was left unused (e.g. a reference to a record set aside). */
  kept?: boolean;
}

/** An issue about a file as a whole (record '') or one of its top-level fields. */
export function fileIssue(file: string, m: Message, field = ''): DataIssue {
  return { file, record: '', field, message: english(m), msg: m };
}

/** "file › record id › field name: message", in English (logs, `npm run validate`). */
export function formatIssue(issue: DataIssue): string {
  return issueText(issue, 'en');
}

/**
 * "file › record id › field name: message" in a language: the data banner's line. Each part is cut
 * (a 1 MB key, id or reference in a broken file is named by its start and length, not echoed).
 */
export function issueText(issue: DataIssue, lang: Lang): string {
  const where = [clip(issue.file), issue.record && say(lang, msg('whereRecord', { id: clip(issue.record) })), issue.field && say(lang, msg('whereField', { name: clip(issue.field) }))]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${clip(say(lang, issue.msg), 300)}`;
}

/** "must be … (got …)": a rule and what was found instead. */
export const mustGot = (rule: Message, v: unknown): Message => msg('mustGot', { rule, got: describe(v) });

/** A kind of record a reference names ('project', 'area'), in the UI language when the catalogue knows it. */
export function noun(what: string | Message): MessageParam {
  if (typeof what !== 'string') return what;
  const key = `noun_${what}`;
  return key in UI ? ({ key } as Message) : what;
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

  fail(field: string, m: Message): void {
    const full = this.prefix ? `${this.prefix}.${field}` : field;
    this.sink.push({ file: this.file, record: this.record, field: full, message: english(m), msg: m });
  }

  /** Reports a problem that does not set the record aside. */
  note(field: string, m: Message): void {
    const full = this.prefix ? `${this.prefix}.${field}` : field;
    this.sink.push({ file: this.file, record: this.record, field: full, message: english(m), msg: m, kept: true });
  }

  /** No issue that sets the record aside. */
  get ok(): boolean {
    return !this.sink.some((i) => i.file === this.file && i.record === this.record && !i.kept);
  }

  string(obj: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, mustGot(msg('ruleText'), v));
  }

  number(obj: Record<string, unknown>, field: string, opts: { optional?: boolean; nullable?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(field, mustGot(msg('ruleFinite'), v));
  }

  oneOf<T extends string>(obj: Record<string, unknown>, field: string, allowed: readonly T[], opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string' || !allowed.includes(v as T)) {
      this.fail(field, mustGot(msg('ruleOneOf', { allowed }), v));
    }
  }

  boolean(obj: Record<string, unknown>, field: string, opts: { optional?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'boolean') this.fail(field, mustGot(msg('ruleBool'), v));
  }

  stringArray(obj: Record<string, unknown>, field: string, opts: { optional?: boolean; nonEmpty?: boolean } = {}): void {
    const v = obj[field];
    if (v === undefined && opts.optional) return;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      this.fail(field, mustGot(msg('ruleStrings'), v));
    } else if (opts.nonEmpty && v.length === 0) {
      this.fail(field, msg('ruleNotEmpty'));
    }
  }

  /** Every reference in `obj[field]` must resolve in `known`; names the dangling value. */
  refs(obj: Record<string, unknown>, field: string, known: IdSet, what: string | Message): void {
    const v = obj[field];
    const values = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    this.references(field, values.filter((x): x is string => typeof x === 'string'), known, what);
  }

  /** Each id must resolve in `known`; names the dangling value. */
  references(field: string, ids: string | readonly string[] | null | undefined, known: IdSet, what: string | Message): void {
    for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
      if (!known.has(id)) this.fail(field, msg('refUnknown', { what: noun(what), id }));
    }
  }

  sources(obj: Record<string, unknown>, field = 'sources'): void {
    const v = obj[field];
    if (!Array.isArray(v) || v.length === 0) {
      this.fail(field, msg('ruleCite'));
      return;
    }
    v.forEach((s, i) => {
      if (!isObject(s) || typeof s['file'] !== 'string' || typeof s['section'] !== 'string' || !s['section']) {
        this.fail(`${field}[${i}]`, msg('ruleSourceShape'));
      } else if (!/^\d{3}_[0-9a-f]{16}\.txt$/.test(s['file'])) {
        this.fail(`${field}[${i}].file`, msg('ruleSourceFile', { file: s['file'] }));
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
export function describe(v: unknown): Message {
  if (v === undefined) return msg('gotNothing');
  if (v === null) return msg('gotNull');
  const value = show(v, SHOWN);
  if (Array.isArray(v)) return msg('gotArray', { value });
  if (typeof v === 'string') return msg('gotString', { value });
  if (typeof v === 'number') return msg('gotNumber', { value });
  if (typeof v === 'boolean') return msg('gotBoolean', { value });
  // JSON holds nothing else; a function or symbol from code is said as an object.
  return msg('gotObject', { value });
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
