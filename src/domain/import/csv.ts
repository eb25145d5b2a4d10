/**
 * RFC 4180 CSV: fields separated by a delimiter, records by CRLF or LF, fields optionally in
 * double quotes, a quote inside a quoted field written twice. Each record keeps the line it
 * starts on, because a quoted field may span lines and users fix files by line number.
 */

import { type Message, msg } from '../message.ts';

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[]; delimiter: string } | { ok: false; line: number; message: Message };

/** Parses the whole text; blank lines are skipped (editors often leave one at the end). */
export function parseCsv(text: string, delimiter = sniffDelimiter(text)): CsvParse {
  const p = new CsvParser(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, delimiter);
  const error = p.run();
  if (error) return { ok: false, ...error };
  return { ok: true, records: p.records, delimiter };
}

/** Comma unless the first line has tabs (or semicolons) and no comma: Excel's "text" exports. */
export function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (first.includes(',')) return ',';
  if (first.includes('\t')) return '\t';
  if (first.includes(';')) return ';';
  return ',';
}

class CsvParser {
  readonly records: CsvRecord[] = [];
  private i = 0;
  private line = 1;

  constructor(
    private readonly text: string,
    private readonly delim: string,
  ) {}

  run(): { line: number; message: Message } | null {
    while (this.i < this.text.length) {
      const start = this.line;
      const fields = this.record();
      if (!Array.isArray(fields)) return { line: this.line, message: fields };
      if (!(fields.length === 1 && fields[0] === '')) this.records.push({ line: start, fields });
    }
    return null;
  }

  /** One record, consuming its line break, or what is wrong with it. */
  private record(): string[] | Message {
    const fields: string[] = [];
    for (;;) {
      const field = this.text[this.i] === '"' ? this.quoted() : this.plain();
      if (field === null) return msg('csvUnclosed');
      fields.push(field);
      const c = this.text[this.i];
      if (c === this.delim) {
        this.i += 1;
        continue;
      }
      if (c === undefined || this.lineBreak()) return fields;
      return msg('csvAfterQuote', { field: fields.length });
    }
  }

  private plain(): string {
    const start = this.i;
    while (this.i < this.text.length) {
      const c = this.text[this.i];
      if (c === this.delim || c === '\n' || (c === '\r' && this.text[this.i + 1] === '\n')) break;
      this.i += 1;
    }
    return this.text.slice(start, this.i);
  }

  /** A quoted field; null when the file ends before the closing quote. */
  private quoted(): string | null {
    const startLine = this.line;
    let out = '';
    this.i += 1;
    for (;;) {
      const q = this.text.indexOf('"', this.i);
      if (q < 0) {
        this.line = startLine; // report where the unclosed field starts, not the end of file
        return null;
      }
      const chunk = this.text.slice(this.i, q);
      this.line += countLines(chunk);
      out += chunk;
      if (this.text[q + 1] === '"') {
        out += '"';
        this.i = q + 2;
        continue;
      }
      this.i = q + 1;
      return out;
    }
  }

  private lineBreak(): boolean {
    if (this.text[this.i] === '\n') this.i += 1;
    else if (this.text[this.i] === '\r' && this.text[this.i + 1] === '\n') this.i += 2;
    else return false;
    this.line += 1;
    return true;
  }
}

function countLines(s: string): number {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n += 1;
  return n;
}
