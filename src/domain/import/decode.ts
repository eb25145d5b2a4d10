/**
 * Turns a dropped file's bytes into text. Only UTF-8 is accepted: a Shift_JIS or UTF-16 file
 * read with a guessed encoding can yield plausible but wrong names, so instead of converting
 * silently we say which encoding the file looks like and how to fix it.
 */

export type Decoded = { ok: true; text: string } | { ok: false; where: string; message: string };

/** Legacy Japanese encodings tried only to name them in the message, never to accept the file. */
const JAPANESE_LEGACY = [
  { label: 'shift_jis', name: 'Shift_JIS' },
  { label: 'euc-jp', name: 'EUC-JP' },
] as const;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, where: 'byte 0', message: 'the file is empty' };
  const special = sniffBinary(bytes);
  if (special) return { ok: false, where: 'byte 0', message: special };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return { ok: false, where: byteWhere(bytes, bad), message: notUtf8Message(bytes, bad) };
  const text = new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, where: `character ${nul}`, message: 'contains NUL characters: it looks like a binary file, not GeoJSON or CSV text' };
  if (text.trim() === '') return { ok: false, where: 'whole file', message: 'the file holds only white space' };
  return { ok: true, text };
}

/** Formats whose bytes say what they are before any text decoding. */
function sniffBinary(b: Uint8Array): string | null {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    return 'the file is UTF-16 text (it starts with a UTF-16 byte-order mark): save it as UTF-8 and import it again';
  }
  if (looksLikeUtf16WithoutBom(b)) return 'the file looks like UTF-16 text (every other byte is 0): save it as UTF-8 and import it again';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    return 'the file is a ZIP archive (an Excel .xlsx, a .kmz or a zipped shapefile?): export it as GeoJSON or CSV (UTF-8) and import that';
  }
  return null;
}

/** ASCII text in UTF-16 has a 0 byte in every other position; UTF-8 text has none. */
function looksLikeUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros += 1;
    if (b[i + 1] === 0) oddZeros += 1;
  }
  const half = n / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

/** Offset of the lead byte of the first ill-formed UTF-8 sequence, or -1 (RFC 3629 table). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const len = sequenceLength(b, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

function sequenceLength(b: Uint8Array, i: number): number {
  const x = b[i] ?? 0;
  if (x < 0x80) return 1;
  const [count, lo, hi] = leadRule(x);
  if (count === 0) return 0;
  const second = b[i + 1];
  if (second === undefined || second < lo || second > hi) return 0;
  for (let k = 2; k <= count; k += 1) {
    const c = b[i + k];
    if (c === undefined || c < 0x80 || c > 0xbf) return 0;
  }
  return count + 1;
}

/** For a lead byte: how many continuation bytes follow and the allowed range of the first one. */
function leadRule(x: number): [number, number, number] {
  if (x >= 0xc2 && x <= 0xdf) return [1, 0x80, 0xbf];
  if (x === 0xe0) return [2, 0xa0, 0xbf];
  if (x === 0xed) return [2, 0x80, 0x9f];
  if (x >= 0xe1 && x <= 0xef) return [2, 0x80, 0xbf];
  if (x === 0xf0) return [3, 0x90, 0xbf];
  if (x >= 0xf1 && x <= 0xf3) return [3, 0x80, 0xbf];
  if (x === 0xf4) return [3, 0x80, 0x8f];
  return [0, 0, 0];
}

function byteWhere(b: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (b[i] === 0x0a) line += 1;
  return `byte ${offset} (line ${line})`;
}

function notUtf8Message(b: Uint8Array, offset: number): string {
  const legacy = guessJapaneseLegacy(b);
  if (legacy) {
    return `this file looks like ${legacy.name} (read that way it begins “${legacy.sample}”): save it as UTF-8 and import it again`;
  }
  const hex = (b[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `the file is not UTF-8 text (byte 0x${hex} cannot start a UTF-8 character): save it as UTF-8 and import it again`;
}

/** The legacy encoding that decodes the whole file cleanly into Japanese text, if any. */
function guessJapaneseLegacy(b: Uint8Array): { name: string; sample: string } | null {
  for (const { label, name } of JAPANESE_LEGACY) {
    const text = tryDecode(label, b);
    if (text !== null && JAPANESE.test(text)) return { name, sample: firstJapaneseLine(text) };
  }
  return null;
}

function tryDecode(label: string, b: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(b);
  } catch {
    // RangeError: the runtime lacks the encoding; TypeError: the bytes are not in it.
    return null;
  }
}

function firstJapaneseLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => JAPANESE.test(l)) ?? '';
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
