/**
 * Writes test/fixtures/import/sjis.csv: real Shift_JIS bytes, as Excel on Japanese Windows
 * saves a CSV (and latin1.csv, which no supported encoding reads). Built from a byte table (no encoder dependency) and checked by decoding it back.
 * Run: npx tsx scripts/make-import-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SJIS, SJIS_CSV_TEXT, encodeSjis } from '../test/fixtures/import/sjis-table.ts';

const DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'import');

function verifyTable(): void {
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  for (const [ch, bytes] of Object.entries(SJIS)) {
    const got = decoder.decode(new Uint8Array(bytes));
    if (got !== ch) throw new Error(`table says ${ch} but the bytes decode as ${got}`);
  }
}

verifyTable();
const bytes = encodeSjis(SJIS_CSV_TEXT);
if (new TextDecoder('shift_jis').decode(bytes) !== SJIS_CSV_TEXT) throw new Error('sjis.csv does not decode back to its text');
writeFileSync(join(DIR, 'sjis.csv'), bytes);
console.log(`wrote ${bytes.length} bytes to ${join(DIR, 'sjis.csv')}`);

// latin1.csv: "Café" in ISO-8859-1 (byte E9) — text no supported encoding reads, refused by name.
const latin1 = new Uint8Array([
  ...new TextEncoder().encode('name,lat,lon\nCaf'),
  0xe9,
  ...new TextEncoder().encode(' Nemuro,43.33,145.58\n'),
]);
writeFileSync(join(DIR, 'latin1.csv'), latin1);
console.log(`wrote ${latin1.length} bytes to ${join(DIR, 'latin1.csv')}`);
