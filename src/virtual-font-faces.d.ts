/** Modules made by scripts/vite-font-faces.ts from a fontsource CSS file. */
declare module 'virtual:font-faces/*' {
  /** Registers the file's faces with the document, once the faces that `text` needs are loaded. */
  export function register(text?: string): Promise<void>;
}

/** The same, its faces split: those of the text the app ships, and the rest (a module of its own, imported when asked). */
declare module 'virtual:font-faces-split/*' {
  /** Registers the faces of the shipped text, once the faces that `text` needs are loaded. */
  export function register(text?: string): Promise<void>;
  /** Imports and registers the other faces (once; a call after a failed import tries again). */
  export function registerRest(): Promise<void>;
  /** Whether the faces of the shipped text hold every character of `text`. */
  export function covers(text: string): boolean;
  /** One character per face of the names the map draws from the shipped data (loading its faces loads theirs). */
  export const namesSample: string;
}
