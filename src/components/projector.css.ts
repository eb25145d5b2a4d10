import { css, unsafeCSS } from 'lit';
import { PROJECTOR_UI, PROMOTER_COLOR } from '../theme.ts';

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
