import { type Message, type MessageParam, msg } from '../message.ts';

/**
 * Finds where a JSON text stops being JSON. JSON.parse's messages differ between browsers and
 * some name no position at all, so after JSON.parse has failed we scan the text ourselves to
 * say "line 3, column 17: expected …, found …" the same way everywhere.
 */

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: Message;
}

/** What the scanner expected where the text went wrong: a catalogue key without parameters. */
type Expected =
  | 'jsonExpEnd'
  | 'jsonExpValue'
  | 'jsonExpName'
  | 'jsonExpColon'
  | 'jsonExpObjectNext'
  | 'jsonExpProperty'
  | 'jsonExpArrayNext'
  | 'jsonExpElement'
  | 'jsonExpClose'
  | 'jsonExpNoBreak'
  | 'jsonExpEscape'
  | 'jsonExpNumber';

class Syntax extends Error {
  constructor(
    readonly offset: number,
    readonly expected: Expected,
  ) {
    super(expected);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** Null when the scanner finds nothing wrong (the caller then falls back to the engine's message). */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const s = { text, i: 0 };
  try {
    skipSpace(s);
    value(s);
    skipSpace(s);
    if (s.i < text.length) throw new Syntax(s.i, 'jsonExpEnd');
    return null;
  } catch (e) {
    if (e instanceof Syntax) return describeAt(text, e.offset, e.expected);
    return null; // nesting too deep for the scanner: leave it to the engine's message
  }
}

interface Cursor {
  text: string;
  i: number;
}

function value(s: Cursor): void {
  const c = s.text[s.i];
  if (c === '{') return object(s);
  if (c === '[') return array(s);
  if (c === '"') return string(s);
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number(s);
  for (const word of ['true', 'false', 'null']) {
    if (s.text.startsWith(word, s.i)) {
      s.i += word.length;
      return;
    }
  }
  throw new Syntax(s.i, 'jsonExpValue');
}

function object(s: Cursor): void {
  s.i += 1;
  skipSpace(s);
  if (s.text[s.i] === '}') {
    s.i += 1;
    return;
  }
  for (;;) {
    if (s.text[s.i] !== '"') throw new Syntax(s.i, 'jsonExpName');
    string(s);
    skipSpace(s);
    expect(s, ':', 'jsonExpColon');
    skipSpace(s);
    value(s);
    skipSpace(s);
    if (s.text[s.i] === '}') {
      s.i += 1;
      return;
    }
    expect(s, ',', 'jsonExpObjectNext');
    skipSpace(s);
    if (s.text[s.i] === '}') throw new Syntax(s.i, 'jsonExpProperty');
  }
}

function array(s: Cursor): void {
  s.i += 1;
  skipSpace(s);
  if (s.text[s.i] === ']') {
    s.i += 1;
    return;
  }
  for (;;) {
    value(s);
    skipSpace(s);
    if (s.text[s.i] === ']') {
      s.i += 1;
      return;
    }
    expect(s, ',', 'jsonExpArrayNext');
    skipSpace(s);
    if (s.text[s.i] === ']') throw new Syntax(s.i, 'jsonExpElement');
  }
}

function string(s: Cursor): void {
  const start = s.i;
  s.i += 1;
  for (;;) {
    const c = s.text[s.i];
    if (c === undefined) throw new Syntax(start, 'jsonExpClose');
    if (c === '"') {
      s.i += 1;
      return;
    }
    if (c < ' ') throw new Syntax(s.i, 'jsonExpNoBreak');
    if (c === '\\') escape(s);
    else s.i += 1;
  }
}

function escape(s: Cursor): void {
  const c = s.text[s.i + 1] ?? '';
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(s.text.slice(s.i + 2, s.i + 6))) {
    s.i += 6;
    return;
  }
  if (c !== 'u' && c !== '' && ESCAPES.includes(c)) {
    s.i += 2;
    return;
  }
  throw new Syntax(s.i, 'jsonExpEscape');
}

function number(s: Cursor): void {
  NUMBER.lastIndex = s.i;
  const m = NUMBER.exec(s.text);
  if (!m || m[0] === '-') throw new Syntax(s.i, 'jsonExpNumber');
  s.i += m[0].length;
}

function expect(s: Cursor, ch: string, what: Expected): void {
  if (s.text[s.i] !== ch) throw new Syntax(s.i, what);
  s.i += 1;
}

function skipSpace(s: Cursor): void {
  while (s.i < s.text.length && ' \t\n\r'.includes(s.text[s.i] ?? '')) s.i += 1;
}

function describeAt(text: string, offset: number, expected: Expected): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return {
    offset,
    line,
    column,
    message: msg('jsonExpected', { expected: msg(expected), found: found(text, offset), hint: hint(text[offset]) }),
  };
}

function found(text: string, offset: number): Message {
  if (offset >= text.length) return msg('jsonFoundEnd');
  const piece = text.slice(offset, offset + 12).split(/\r?\n/)[0] ?? '';
  return msg('quoted', { text: `${piece}${text.length > offset + 12 ? '…' : ''}` });
}

/** The usual ways hand-edited JSON goes wrong, named. */
function hint(c: string | undefined): MessageParam {
  if (c === "'") return msg('jsonHintQuotes');
  if (c === '/') return msg('jsonHintComments');
  return '';
}
