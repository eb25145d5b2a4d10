import type { Lang } from '../vocabulary.ts';

/** One string in both languages: neither can be left out (ja + en complete by type). */
export type Bilingual = Readonly<Record<Lang, string>>;

/** A table of strings by key. */
export type Catalogue<K extends string = string> = Readonly<Record<K, Bilingual>>;
