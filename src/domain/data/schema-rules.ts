/**
 * The building blocks of the record schemas, each with the message a planner reads, and the
 * bridge from valibot's issues to ours ("file › record › field: message").
 */
import * as v from 'valibot';
import { type Message, english, msg } from '../message.ts';
import { type RecordCheck, mustGot } from './issues.ts';

type Issue = v.BaseIssue<unknown>;

/**
 * valibot carries an issue's message as a string: ours travel as their JSON behind a mark and
 * are read back in parseWith, so a schema's message is a catalogue message like any other.
 */
const MARK = '\u0000message:';
export const said = (m: Message): string => MARK + JSON.stringify(m);

function heard(message: string): Message {
  // A message of valibot's own (a schema piece given none) is shown as valibot words it.
  return message.startsWith(MARK) ? (JSON.parse(message.slice(MARK.length)) as Message) : msg('asIs', { text: message });
}

/** A message that names the rule and what was found. */
const must =
  (rule: Message) =>
  (issue: Issue): string =>
    said(mustGot(rule, issue.input));

export const STRINGS = must(msg('ruleStrings'));
export const NOT_EMPTY = said(msg('ruleNotEmpty'));
export const AN_ARRAY = said(msg('ruleArray'));

/** A string with something in it: blank text is as good as none. */
export const text = v.pipe(v.string(must(msg('ruleText'))), v.regex(/\S/, must(msg('ruleText'))));

export const texts = v.array(text, STRINGS);

export const nonEmptyTexts = v.pipe(texts, v.minLength(1, NOT_EMPTY));

export const finite = v.pipe(v.number(must(msg('ruleFinite'))), v.finite(must(msg('ruleFinite'))));

export const nullableNumber = v.nullable(v.pipe(v.number(must(msg('ruleNumberOrNull'))), v.finite(must(msg('ruleNumberOrNull')))));

export const bool = v.boolean(must(msg('ruleBool')));

export const lonLat = v.strictTuple([finite, finite], must(msg('rulePosition')));

export const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, must(msg('ruleOneOf', { allowed: options })));

/** A key that may be left out (but not set to null). */
export const optional = <S extends v.GenericSchema>(schema: S) => v.exactOptional(schema);

export const withRegex = (pattern: RegExp, rule: Message, description?: string) =>
  v.pipe(v.string(must(msg('ruleString'))), v.regex(pattern, must(rule)), v.description(description ?? english(rule)));

/**
 * A strict object: a key it does not know is an error naming the key (and the known key it
 * most resembles), so a misspelt optional field is not silently ignored.
 */
export function record<const E extends v.ObjectEntries>(entries: E) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const near = closest(String(issue.input), known);
      return said(near ? msg('notFieldNear', { near }) : msg('notField'));
    }
    if (issue.expected?.startsWith('"')) return said(msg('isMissing'));
    return said(mustGot(msg('ruleObject'), issue.input));
  });
}

/**
 * Checks `input` against `schema`; each issue goes to `check` under its field path, e.g.
 * `initiatives[0].bodies`. Returns the checked value, or undefined when there was any issue.
 */
export function parseWith<S extends v.GenericSchema>(schema: S, check: RecordCheck, input: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  for (const issue of result.issues) check.fail(fieldPath(issue.path), heard(issue.message));
  return undefined;
}

function fieldPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const { key } of path ?? []) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** The known key within two edits of `key`, if one is. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    // The distance is at least the difference in length: a 1 MB key is never aligned (seconds of work).
    if (Math.abs(key.length - k.length) >= bestDistance) continue;
    const d = distance(key, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** Optimal string alignment distance: a swap of two neighbours (nmae → name) counts as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
