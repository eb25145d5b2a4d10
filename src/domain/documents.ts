import type { Lang, PlanDocument } from './types.ts';

/** 『title』part for a seed file, from data/documents.json; the file name when it is not listed. */
export function documentTitle(documents: readonly PlanDocument[], file: string, lang: Lang): string {
  const d = documents.find((x) => x.file === file);
  if (!d) return file;
  return lang === 'ja' ? `『${d.title_ja}』${d.part_ja}` : `“${d.title_en}”, ${d.part_en}`;
}
