/** Modules made by scripts/vite-font-faces.ts from a fontsource CSS file. */
declare module 'virtual:font-faces/*' {
  /** Registers the file's faces with the document. */
  export function register(): void;
}
