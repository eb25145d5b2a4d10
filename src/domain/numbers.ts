import type { Lang } from './types.ts';

/**
 * One formatter per language and precision: `toLocaleString` with options builds a new
 * Intl.NumberFormat on every call, which made opening a panel full of KPI figures slow.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, minDigits: number, maxDigits: number): Intl.NumberFormat {
  const key = `${lang}|${minDigits}|${maxDigits}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
        minimumFractionDigits: minDigits,
        maximumFractionDigits: maxDigits,
      })),
    );
  return f;
}

/** A figure as the tables print it: grouped digits, up to 3 decimals; '—' where the document prints none. */
export function formatValue(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined) return '—';
  return numberFormat(lang, 0, 3).format(v);
}

/** A computed percentage, one decimal: enough to see whether a printed whole percent is its rounding. */
export function formatPercent(p: number | null, lang: Lang): string {
  if (p === null) return '—';
  return `${numberFormat(lang, 1, 1).format(p)}%`;
}

/** A length or area as the panels print it: grouped digits, one decimal at most. */
export function formatOneDecimal(v: number, lang: Lang): string {
  return numberFormat(lang, 0, 1).format(v);
}
