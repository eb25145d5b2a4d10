import { t } from '../i18n.ts';
import { say } from '../message.ts';
import type { Lang } from '../types.ts';
import type { FileOutcome } from './batch.ts';
import { type ImportError, clip } from './result.ts';

/**
 * One line per loaded file, in the UI language: the file, how many features, the encoding when
 * it was not UTF-8, and each thing set aside with its count and reason. Refused files are not
 * here: their errors go to the banner.
 */
export function loadedLines(outcomes: readonly FileOutcome[], lang: Lang): string[] {
  return outcomes.flatMap((o) => {
    if (!o.ok) return [];
    const encoding = o.encoding && o.encoding !== 'UTF-8' ? t(lang, 'importReadAs', { encoding: o.encoding }) : '';
    const notes = o.notes.map((n) => t(lang, n.key, n.params));
    return [[t(lang, 'importLoadedFile', { file: clip(o.file, 60), n: o.count }) + encoding, ...notes].join(lang === 'ja' ? '。' : '; ')];
  });
}

/** An import error as the UI shows it: where in the file, and what is wrong, in the UI language. */
export function errorText(e: ImportError, lang: Lang): { where: string; message: string } {
  return { where: say(lang, e.at), message: say(lang, e.says) };
}
