import { css, unsafeCSS } from 'lit';
import { PROMOTER_COLOR, UI } from '../theme.ts';

/**
 * High-contrast overrides for a projector at a community meeting. Projectors wash out greys and
 * pale colours, and the back of a hall is far: black on white, black borders, a dark accent, a
 * focus ring that shows on black and on white, and larger text.
 *
 * The palette is written here because it only exists as an override of the theme's UI colours
 * (every key of UI, checked by the type). It belongs in src/theme.ts next to UI; move it there
 * with the next edit of that file.
 */
export const PROJECTOR_UI: Record<keyof typeof UI, string> = {
  ink: '#000000',
  // 15.9:1 on white: still reads as secondary, unlike the 6.9:1 grey that fades on a projector.
  muted: '#222222',
  panel: '#ffffff',
  border: '#000000',
  accent: '#003a75',
  // 4.8:1 on white and 4.4:1 on black: the ring shows whatever it surrounds.
  focus: '#b35900',
  danger: '#8b0000',
  dangerBg: '#ffe5e5',
};

/** The attribute the app sets on its host while the tour is on; the overrides apply only then. */
export const PROJECTOR_ATTRIBUTE = 'projector';

/**
 * The root font size while the tour is on. The components size their text in rem, which only
 * the root element changes; `:host` font-size alone would not reach them.
 */
export const PROJECTOR_ROOT_FONT_SIZE = '125%';

const vars = [...Object.entries(PROJECTOR_UI), ...Object.entries(PROMOTER_COLOR).map(([k, v]) => [`promoter-${k}`, v])]
  .map(([k, v]) => `--${k}: ${v};`)
  .join(' ');

/**
 * Add to the app's static styles (after themeVars) and set the `projector` attribute on the host
 * while the tour is on. The attribute selector outranks themeVars' plain :host, so order does not matter.
 */
export const projectorTheme = css`
  :host([projector]) {
    ${unsafeCSS(vars)}
    /* Components that read these draw thicker rings and borders; the others keep their own widths. */
    --focus-width: 6px;
    --border-width: 3px;
    font-size: 125%;
  }
  :host([projector]) :focus-visible {
    outline: var(--focus-width) solid var(--focus);
    outline-offset: 3px;
  }
  :host([projector]) header,
  :host([projector]) aside {
    border-color: var(--ink);
    border-width: var(--border-width);
  }
`;
