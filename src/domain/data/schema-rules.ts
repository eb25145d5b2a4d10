/**
 * The building blocks of the record schemas, each with the message a planner reads, and the
 * bridge from valibot's issues to ours ("file › record › field: message").
 */
import * as v from 'valibot';
import { type RecordCheck, describe } from './issues.ts';

type Issue = v.BaseIssue<unknown>;

/** A message that names the rule and what was found. */
const must =
  (rule: string) =>
  (issue: Issue): string =>
    `${rule} (got ${describe(issue.input)})`;

export const STRINGS = must('must be an array of strings');

/** A string with something in it: blank text is as good as none. */
export const text = v.pipe(v.string(must('must be a non-empty string')), v.regex(/\S/, must('must be a non-empty string')));

export const texts = v.array(text, STRINGS);

export const nonEmptyTexts = v.pipe(texts, v.minLength(1, 'must not be empty'));

export const finite = v.pipe(v.number(must('must be a finite number')), v.finite(must('must be a finite number')));

export const nullableNumber = v.nullable(v.pipe(v.number(must('must be a number or null')), v.finite(must('must be a number or null'))));

export const bool = v.boolean(must('must be true or false'));

export const lonLat = v.strictTuple([finite, finite], must('must be a position [longitude, latitude]'));

export const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, must(`must be one of ${options.join(', ')}`));

/** A key that may be left out (but not set to null). */
export const optional = <S extends v.GenericSchema>(schema: S) => v.exactOptional(schema);

export const withRegex = (pattern: RegExp, rule: string, description?: string) =>
  v.pipe(v.string(must('must be a string')), v.regex(pattern, must(rule)), v.description(description ?? rule));

/**
 * A strict object: a key it does not know is an error naming the key (and the known key it
 * most resembles), so a misspelt optional field is not silently ignored.
 */
export function record<const E extends v.ObjectEntries>(entries: E) {
  const known = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') {
      const near = closest(String(issue.input), known);
      return `is not a field of this record${near ? ` (did you mean "${near}"?)` : ''}`;
    }
    if (issue.expected?.startsWith('"')) return 'is missing';
    return `must be an object (got ${describe(issue.input)})`;
  });
}

/**
 * Checks `input` against `schema`; each issue goes to `check` under its field path, e.g.
 * `initiatives[0].bodies`. Returns the checked value, or undefined when there was any issue.
 */
export function parseWith<S extends v.GenericSchema>(schema: S, check: RecordCheck, input: unknown): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  for (const issue of result.issues) check.fail(fieldPath(issue.path), issue.message);
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
