/**
 * Writes test/fixtures/import/sjis.csv: real Shift_JIS bytes, as Excel on Japanese Windows
 * saves a CSV. Built from a byte table (no encoder dependency) and checked by decoding it back.
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
