import { type StringKey, joinList, t } from './i18n.ts';
import { UI } from './catalogue/ui.ts';
import type { Lang } from './vocabulary.ts';

/**
 * A message as data: a catalogue key and its parameters, rendered in the UI language only where
 * it is shown. The import and the data check produce these (never a finished sentence), so the
 * same problem reads in Japanese in the Japanese UI and in English in the English UI and logs.
 * Messages nest: "is not valid CSV: {detail}" takes the parser's own message as `detail`.
 */
export interface Message {
  readonly key: StringKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** Text the data gives in both languages (a municipality's name). */
export interface BilingualText {
  readonly ja: string;
  readonly en: string;
}

/** A value filled into a message: as is, a nested message, a name in both languages, or a list. */
export type MessageParam = string | number | Message | BilingualText | readonly MessageParam[];

/** The names of a catalogue string's `{name}` placeholders (braces around JSON or prose are not). */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${string}${' ' | ',' | '"' | ':' | '{'}${string}` ? never : P) | Placeholders<Rest>
  : never;

export type ParamsOf<K extends StringKey> = Placeholders<(typeof UI)[K]['en']>;

/** A message whose parameters the type checker holds to the catalogue string's placeholders. */
export function msg<K extends StringKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Readonly<Record<ParamsOf<K>, MessageParam>>]
): Message {
  return params[0] ? { key, params: params[0] } : { key };
}

/** The message in a language. */
export function say(lang: Lang, m: Message): string {
  if (!m.params) return t(lang, m.key);
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params)) filled[name] = paramText(lang, value);
  return t(lang, m.key, filled);
}

function paramText(lang: Lang, v: MessageParam): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (isList(v))
    return joinList(
      lang,
      v.map((x) => String(paramText(lang, x))),
    );
  return 'key' in v ? say(lang, v) : v[lang];
}

function isList(v: MessageParam): v is readonly MessageParam[] {
  return Array.isArray(v);
}

/** The English of a message: the text kept for logs and the command line. */
export const english = (m: Message): string => say('en', m);

/** Between the parts of one line of a notice: a Japanese full stop, or an English semicolon. */
export const lineSeparator = (lang: Lang): string => (lang === 'ja' ? '。' : '; ');
