/** Modules made by scripts/vite-font-faces.ts from a fontsource CSS file. */
declare module 'virtual:font-faces/*' {
  /** Registers the file's faces with the document, once the faces that `text` needs are loaded. */
  export function register(text?: string): Promise<void>;
}
