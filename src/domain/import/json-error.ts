/**
 * Finds where a JSON text stops being JSON. JSON.parse's messages differ between browsers and
 * some name no position at all, so after JSON.parse has failed we scan the text ourselves to
 * say "line 3, column 17: expected …, found …" the same way everywhere.
 */

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

class Syntax extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
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
    if (s.i < text.length) throw new Syntax(s.i, 'the end of the file after the JSON value');
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
  throw new Syntax(s.i, 'a value (object, array, string, number, true, false or null)');
}

function object(s: Cursor): void {
  s.i += 1;
  skipSpace(s);
  if (s.text[s.i] === '}') {
    s.i += 1;
    return;
  }
  for (;;) {
    if (s.text[s.i] !== '"') throw new Syntax(s.i, 'a property name in double quotes');
    string(s);
    skipSpace(s);
    expect(s, ':', '":" after the property name');
    skipSpace(s);
    value(s);
    skipSpace(s);
    if (s.text[s.i] === '}') {
      s.i += 1;
      return;
    }
    expect(s, ',', '"," or "}" after a property value');
    skipSpace(s);
    if (s.text[s.i] === '}') throw new Syntax(s.i, 'another property after "," (JSON allows no trailing comma)');
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
    expect(s, ',', '"," or "]" after an array element');
    skipSpace(s);
    if (s.text[s.i] === ']') throw new Syntax(s.i, 'another element after "," (JSON allows no trailing comma)');
  }
}

function string(s: Cursor): void {
  const start = s.i;
  s.i += 1;
  for (;;) {
    const c = s.text[s.i];
    if (c === undefined) throw new Syntax(start, 'a closing double quote for the string that starts here');
    if (c === '"') {
      s.i += 1;
      return;
    }
    if (c < ' ') throw new Syntax(s.i, 'no raw line break or control character inside a string (write \\n)');
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
  throw new Syntax(s.i, 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)');
}

function number(s: Cursor): void {
  NUMBER.lastIndex = s.i;
  const m = NUMBER.exec(s.text);
  if (!m || m[0] === '-') throw new Syntax(s.i, 'a number');
  s.i += m[0].length;
}

function expect(s: Cursor, ch: string, what: string): void {
  if (s.text[s.i] !== ch) throw new Syntax(s.i, what);
  s.i += 1;
}

function skipSpace(s: Cursor): void {
  while (s.i < s.text.length && ' \t\n\r'.includes(s.text[s.i] ?? '')) s.i += 1;
}

function describeAt(text: string, offset: number, expected: string): JsonSyntaxError {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { offset, line, column, message: `expected ${expected}, found ${found(text, offset)}${hint(text[offset])}` };
}

function found(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const piece = text.slice(offset, offset + 12).split(/\r?\n/)[0] ?? '';
  return `“${piece}${text.length > offset + 12 ? '…' : ''}”`;
}

/** The usual ways hand-edited JSON goes wrong, named. */
function hint(c: string | undefined): string {
  if (c === "'") return ' (JSON strings use double quotes)';
  if (c === '/') return ' (JSON has no comments)';
  return '';
}
