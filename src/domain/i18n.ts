import { LABELS, type LabelTable } from './catalogue/labels.ts';
import { UI, type UiKey } from './catalogue/ui.ts';
import { UNITS } from './catalogue/units.ts';
import type { Accuracy, Category, Lang, PromoterId } from './vocabulary.ts';

/**
 * The one string catalogue: UI strings (catalogue/ui.ts) and the names of the data's closed
 * vocabularies (catalogue/labels.ts), both complete in Japanese and English by type.
 */
export type { Bilingual, Catalogue } from './catalogue/entry.ts';
export type StringKey = UiKey;

/** A UI string; `{name}` placeholders are filled from params. */
export function t(lang: Lang, key: StringKey, params?: Readonly<Record<string, string | number>>): string {
  return fill(UI[key][lang], params);
}

/** Fills `{name}` placeholders; an unknown one stays visible. For the catalogues a lazy view loads itself (catalogue/tours.ts). */
export function fill(text: string, params?: Readonly<Record<string, string | number>>): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** A run-in list in the language's own punctuation. */
export function joinList(lang: Lang, parts: readonly string[]): string {
  return parts.join(UI.listSeparator[lang]);
}

/** A printed unit in the language, or null where the catalogue does not know it (shown in Japanese, marked). */
export function unitText(lang: Lang, unit: string): string | null {
  const entry = (UNITS as Record<string, Record<Lang, string>>)[unit];
  return entry ? entry[lang] : lang === 'ja' ? unit : null;
}

/** A figure with its unit: 1,294千トン / 1,294 thousand t (a unit the catalogue lacks stays as printed). */
export function withUnit(lang: Lang, figure: string, unit: string): string {
  const u = unitText(lang, unit);
  if (lang === 'ja' || u === null) return `${figure}${unit}`;
  return u === '%' ? `${figure}%` : `${figure} ${u}`;
}

/** The name of a value of one of the data's vocabularies, e.g. label('en', 'split', 'kushiro') = "Kushiro". */
export function label<T extends LabelTable>(lang: Lang, table: T, value: keyof (typeof LABELS)[T]): string {
  return (LABELS[table] as Record<PropertyKey, Record<Lang, string>>)[value][lang];
}

export const categoryLabel = (lang: Lang, c: Category): string => label(lang, 'category', c);
export const accuracyLabel = (lang: Lang, a: Accuracy): string => label(lang, 'accuracy', a);
export const promoterLabel = (lang: Lang, p: PromoterId): string => label(lang, 'promoter', p);

/** Every entry of the catalogue, for the completeness test and the font subset. */
export function catalogueEntries(): { key: string; ja: string; en: string }[] {
  const ui = Object.entries(UI).map(([key, v]) => ({ key, ja: v.ja, en: v.en }));
  const labels = Object.entries(LABELS).flatMap(([table, entries]) =>
    Object.entries(entries as Record<string, Record<Lang, string>>).map(([key, v]) => ({ key: `${table}.${key}`, ja: v.ja, en: v.en })),
  );
  const units = Object.entries(UNITS).map(([key, v]) => ({ key: `unit.${key}`, ja: v.ja, en: v.en }));
  return [...ui, ...labels, ...units];
}

/**
 * Every UI string in both languages, run together (which characters the fonts must cover). In the
 * page's build the English is only there once loaded (english.ts); until then `en` reads the Japanese.
 */
export function allUiText(): string {
  return catalogueEntries()
    .map((e) => e.ja + e.en)
    .join('');
}

/** A record's name in the chosen language, falling back to Japanese where the data has no English. */
export function nameOf(lang: Lang, r: { name_ja: string; name_en?: string }): string {
  return lang === 'en' && r.name_en ? r.name_en : r.name_ja;
}
