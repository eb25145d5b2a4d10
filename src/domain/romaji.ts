import { isKana, toRomaji } from 'wanakana';

/**
 * One spelling for the ways Japanese names are romanised, so that Hepburn ("Kushiro", "Betsukai",
 * "Kōdō"), Kunrei ("Kusiro", "Betukai"), word-processor input ("kushiro", "nn") and kana typed by
 * ear ("ふうれん" for Furen) all meet: Kunrei-style consonants, no vowel length, no apostrophes.
 * Both the query and the data's names go through it, so the mapping only has to be consistent.
 */
export function canonicalRomaji(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // macrons and circumflexes: ō → o
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map(canonicalWord)
    .join(' ');
}

/** The Hepburn → Kunrei rewrites, longest first (order matters: "tch" before "ch", "shi" before "sh"). */
const REWRITES: [RegExp, string][] = [
  [/tch/g, 'tt'],
  [/shi/g, 'si'],
  [/sh/g, 'sy'],
  [/chi/g, 'ti'],
  [/ch/g, 'ty'],
  [/tsu/g, 'tu'],
  [/dzu|du/g, 'zu'],
  [/di|ji/g, 'zi'],
  [/j/g, 'zy'],
  [/fu/g, 'hu'],
  [/m(?=[bmp])/g, 'n'],
  [/nn/g, 'n'],
  [/wo/g, 'o'],
  // Vowel length is written in many ways (ou, oo, oh, ō, uu) or not at all.
  [/o[uo]|oh(?![aeiou])/g, 'o'],
  [/uu/g, 'u'],
  [/aa/g, 'a'],
  [/ii/g, 'i'],
  [/ee/g, 'e'],
];

function canonicalWord(word: string): string {
  return REWRITES.reduce((w, [from, to]) => w.replace(from, to), word);
}

/** Kana (either script, long vowel marks allowed) as canonical romaji in one word; null when the text is not all kana. */
export function kanaToRomaji(text: string): string | null {
  const compact = text.replace(/[\s・･]/g, '');
  if (!compact || !isKana(compact)) return null;
  return canonicalRomaji(toRomaji(compact)).replace(/ /g, '');
}

/** Whether the text is written in Latin letters (and digits / punctuation) only. */
export function isLatin(text: string): boolean {
  return /[a-z]/i.test(text) && !/[^\u0020-\u024f\s]/.test(text);
}
