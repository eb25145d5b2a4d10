/**
 * Turns a dropped file's bytes into text, detecting the encoding people's files come in:
 * UTF-8 with or without a BOM, UTF-16 LE/BE (with a BOM, or ASCII-heavy text with every other
 * byte 0), and the legacy Japanese encodings — Shift_JIS first, what Japanese Excel's
 * 「CSV（コンマ区切り）」 writes (WHATWG's shift_jis is Windows-31J, with ①, ㈱ and the NEC rows),
 * then EUC-JP. The platform's TextDecoder decodes all of them in browsers and in Node 20 (full
 * ICU), so no library is needed. A legacy encoding is accepted only when the whole file decodes
 * without error AND reads as Japanese text: a Latin-1 or binary file read as Shift_JIS decodes
 * into plausible-looking garbage, and is refused naming what was tried.
 */

import { type Message, msg } from '../message.ts';

export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS' | 'EUC-JP';

export type Decoded = { ok: true; text: string; encoding: Encoding; bom: boolean } | { ok: false; where: Message; message: Message };

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const LEGACY: readonly { label: string; name: Encoding }[] = [
  { label: 'shift_jis', name: 'Shift_JIS' },
  { label: 'euc-jp', name: 'EUC-JP' },
];
export const TRIED_ENCODINGS = 'UTF-8, UTF-16, Shift_JIS, EUC-JP';

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, where: msg('whereByte', { offset: 0 }), message: msg('importEmpty') };
  if (isZip(bytes)) return { ok: false, where: msg('whereByte', { offset: 0 }), message: msg('importZip') };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, where: msg('whereChar', { offset: nul }), message: msg('importNul') };
  if (decoded.text.trim() === '') return { ok: false, where: msg('whereFile'), message: msg('importBlank') };
  return decoded;
}

/** ZIP's local file header: an .xlsx, .kmz or zipped shapefile. */
export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function decodeText(b: Uint8Array): Decoded {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return strict('utf-8', 'UTF-8', b.subarray(3), true, 3);
  if (b[0] === 0xff && b[1] === 0xfe) return strict('utf-16le', 'UTF-16LE', b.subarray(2), true, 2);
  if (b[0] === 0xfe && b[1] === 0xff) return strict('utf-16be', 'UTF-16BE', b.subarray(2), true, 2);
  const utf16 = utf16WithoutBom(b);
  if (utf16) return strict(utf16 === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', utf16, b, false, 0);
  const bad = firstInvalidUtf8(b);
  if (bad < 0) return { ok: true, text: new TextDecoder('utf-8').decode(b), encoding: 'UTF-8', bom: false };
  const legacy = japaneseLegacy(b);
  if (legacy) return { ok: true, text: legacy.text, encoding: legacy.name, bom: false };
  const hex = (b[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return { ok: false, where: byteWhere(b, bad), message: msg('importUndecidable', { tried: TRIED_ENCODINGS, hex }) };
}

/** Decodes the whole of `b` in one encoding, or says where it breaks. */
function strict(label: string, name: Encoding, b: Uint8Array, bom: boolean, offset: number): Decoded {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(b), encoding: name, bom };
  } catch {
    return { ok: false, where: msg('whereByte', { offset }), message: msg(bom ? 'importBadBom' : 'importBadUtf16', { encoding: name }) };
  }
}

/** ASCII-heavy text in UTF-16 has a 0 byte in every other position; UTF-8 text has none. */
function utf16WithoutBom(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length, 512) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros += 1;
    if (b[i + 1] === 0) oddZeros += 1;
  }
  const half = n / 2;
  if (oddZeros > half * 0.6 && evenZeros < half * 0.1) return 'UTF-16LE';
  if (evenZeros > half * 0.6 && oddZeros < half * 0.1) return 'UTF-16BE';
  return null;
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

function byteWhere(b: Uint8Array, offset: number): Message {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (b[i] === 0x0a) line += 1;
  return msg('whereByteLine', { offset, line });
}

/**
 * The legacy encoding that decodes the whole file cleanly into Japanese text. When both do
 * (short files can), the one with fewer half-width katakana wins: EUC-JP bytes read as
 * Shift_JIS come out as runs of them, real files rarely hold any.
 */
function japaneseLegacy(b: Uint8Array): { name: Encoding; text: string } | null {
  const read = LEGACY.flatMap(({ label, name }) => {
    const text = tryDecode(label, b);
    return text !== null && JAPANESE.test(text) ? [{ name, text, halfWidth: (text.match(/[\uff61-\uff9f]/g) ?? []).length }] : [];
  });
  read.sort((x, y) => x.halfWidth - y.halfWidth);
  return read[0] ?? null;
}

function tryDecode(label: string, b: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(b);
  } catch {
    // RangeError: the runtime lacks the encoding; TypeError: the bytes are not in it.
    return null;
  }
}
