/** Japanese era year labels for fiscal years (西暦 → 和暦) via Intl's Japanese calendar. */
const fmt = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'short', year: 'numeric' });

/** e.g. 2019 → "令和元年"? Intl prints 令和1年; the documents write R1, so we give both forms. */
export function warekiLabel(year: number): string {
  // Mid-year so that 2019 is 令和 (the era changed on 1 May 2019; the fiscal year starts in April).
  return fmt.format(new Date(Date.UTC(year, 6, 1)));
}

const SHORT: [number, string][] = [
  [2019, 'R'],
  [1989, 'H'],
];

/** The documents' own short form: H27, R1 … */
export function shortEra(year: number): string {
  for (const [start, letter] of SHORT) if (year >= start) return `${letter}${year - start + 1}`;
  return String(year);
}

export function yearLabel(year: number, lang: 'ja' | 'en'): string {
  return lang === 'ja' ? `${shortEra(year)}（${year}）` : `FY${year} (${shortEra(year)})`;
}
