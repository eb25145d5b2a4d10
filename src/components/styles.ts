import { css, unsafeCSS } from 'lit';
import { KPI_STATUS_COLOR, PROMOTER_COLOR, UI } from '../theme.ts';

/** The theme's UI colours as custom properties; set once on the root, inherited through every shadow root. */
export const themeVars = unsafeCSS(
  `:host { ${[...Object.entries(UI), ...Object.entries(PROMOTER_COLOR).map(([k, v]) => [`promoter-${k}`, v])]
    .map(([k, v]) => `--${k}: ${v};`)
    .join(' ')} }`,
);

/** Shared element styles: focus ring, buttons, badges. Colours come from the theme module. */
export const baseStyles = css`
  :host {
    font-family: 'Noto Sans JP', system-ui, sans-serif;
    color: var(--ink);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    min-width: 1.6em;
    padding: 0 0.35em;
    border-radius: 3px;
    color: var(--onDark);
    font-weight: 700;
    text-align: center;
    font-size: 0.85em;
  }
  .promoter-kuni {
    background: var(--promoter-kuni);
  }
  .promoter-do {
    background: var(--promoter-do);
  }
  .muted {
    color: var(--muted);
  }
  /* Fingers (a coarse pointer, phone or tablet): every control at least 44 px; links inside text stay text. */
  @media (pointer: coarse) {
    button:not(.link),
    select,
    input[type='search'],
    input[type='text'],
    input:not([type]) {
      min-height: 44px;
      min-width: 44px;
    }
    label:has(> input[type='checkbox']) {
      display: flex;
      align-items: center;
      min-height: 44px;
    }
  }
  /* A button that reads as a link (to a project, an item, a KPI). */
  .link {
    border: none;
    background: none;
    padding: 0;
    text-align: left;
    color: var(--accent);
    text-decoration: underline;
  }
`;

/** MapLibre's controls set their own font stack, which has no Japanese glyphs offline. */
export const mapControlStyles = css`
  .maplibregl-ctrl,
  .maplibregl-ctrl-attrib,
  .maplibregl-cooperative-gesture-screen {
    font-family: 'Noto Sans JP', system-ui, sans-serif;
  }
  .maplibregl-ctrl-attrib {
    font-size: 11px;
  }
  /* The notices link among the credits is told apart by more than its colour (WCAG 1.4.1). */
  .maplibregl-ctrl-attrib .maplibregl-ctrl-attrib-inner a {
    text-decoration: underline;
  }
  /* On paper the credits are printed in full: the compact control's button cannot be pressed there. */
  @media print {
    .maplibregl-ctrl-attrib.maplibregl-compact .maplibregl-ctrl-attrib-inner {
      display: block;
    }
    /* Folded (a phone), the control is a closed <details>, whose content the browser hides. */
    .maplibregl-ctrl-attrib::details-content {
      content-visibility: visible;
    }
    .maplibregl-ctrl-attrib-button {
      display: none;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact {
      padding: 2px 6px;
      border-radius: 0;
      background: var(--panel);
    }
  }
  /* Fingers: MapLibre's 29 px buttons grow to 44 px. */
  @media (pointer: coarse) {
    .maplibregl-ctrl-group button {
      width: 44px;
      height: 44px;
    }
    .maplibregl-ctrl-attrib-button {
      width: 44px;
      height: 44px;
      background-position: center;
      background-repeat: no-repeat;
    }
    /* The folded credits are that button: the control grows to hold it (else it hangs 20 px below, off a phone's screen). */
    .maplibregl-ctrl-attrib.maplibregl-compact {
      min-height: 40px;
      padding-right: 44px;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact-show {
      padding-right: 48px;
    }
  }
`;

/** Text colours of the KPI statuses (achieved / on track / behind / unknown). */
export const kpiStatusStyles = unsafeCSS(
  Object.entries(KPI_STATUS_COLOR)
    .map(([s, c]) => `.status-${s} { color: ${c}; }`)
    .join('\n'),
);

/** An element that is part of a panel: a block in the panels' small text. */
export const panelPart = css`
  :host {
    display: block;
    font-size: 0.85rem;
  }
`;

/** The look of a card floating over the map (the detail panel, the KPI overview), as declarations. */
export const cardLook = css`
  overflow: auto;
  background: var(--panel);
  border: 1px solid var(--border);
  border-radius: 6px;
  box-shadow: 0 2px 10px var(--shadow);
  padding: 0.8rem 1rem;
`;
