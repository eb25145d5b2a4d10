import { type Message, lineSeparator, msg, say } from '../message.ts';
import type { Lang } from '../types.ts';
import type { FileOutcome } from './batch.ts';
import { type ImportError, clip } from './result.ts';

/**
 * A loaded file's line, as messages (rendered in the UI language where shown, the file's own
 * words quoted as given): the file and how many features, the encoding when it was not UTF-8,
 * and each thing set aside with its count and reason.
 */
export interface LoadedLine {
  loaded: Message;
  readAs?: Message;
  notes: Message[];
}

/** One line per loaded file. Refused files are not here: their errors go to the banner. */
export function loadedLines(outcomes: readonly FileOutcome[]): LoadedLine[] {
  return outcomes.flatMap((o) => {
    if (!o.ok) return [];
    const loaded = msg('importLoadedFile', { file: clip(o.file, 60), n: o.count });
    const notes = o.notes.map((n): Message => ({ key: n.key, params: n.params }));
    return [
      o.encoding && o.encoding !== 'UTF-8' ? { loaded, readAs: msg('importReadAs', { encoding: o.encoding }), notes } : { loaded, notes },
    ];
  });
}

/** A loaded file's line as plain text in a language (for logs and tests). */
export function loadedLineText(line: LoadedLine, lang: Lang): string {
  return [say(lang, line.loaded) + (line.readAs ? say(lang, line.readAs) : ''), ...line.notes.map((n) => say(lang, n))].join(
    lineSeparator(lang),
  );
}

/** An import error as the UI shows it: where in the file, and what is wrong, in the UI language. */
export function errorText(e: ImportError, lang: Lang): { where: string; message: string } {
  return { where: say(lang, e.at), message: say(lang, e.says) };
}
