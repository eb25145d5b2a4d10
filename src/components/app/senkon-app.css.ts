import { css } from 'lit';
import { cardLook } from '../styles.ts';
import { CONTROLS_COLUMN } from './layout-controller.ts';

/**
 * The app's layout: the desk's grid of header, sidebar and map, and what floats over the map.
 * Layouts other than the desk add rules under `:host([layout=phone])` / `:host([layout=presenter])`
 * (the attribute is set by the layout controller).
 */
export const appStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(280px, 360px) 1fr;
    grid-template-rows: auto 1fr;
    height: 100%;
    background: var(--panel);
  }
  header {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.4rem 1rem;
    padding: 0.4rem 1rem;
    border-bottom: 1px solid var(--border);
    min-width: 0;
  }
  h1 {
    font-size: 1.15rem;
    margin: 0;
  }
  header p {
    margin: 0;
    font-size: 0.85rem;
    flex: 1;
    min-width: 0;
  }
  /* A small laptop keeps the actions on one line: the subtitle gives way (the title says where). */
  @media (max-width: 1200px) {
    header p.subtitle {
      display: none;
    }
    header .header-actions {
      margin-left: auto;
    }
  }
  header .header-actions button {
    white-space: nowrap;
  }
  .overlay {
    position: absolute;
    inset: 0.6rem 3.2rem 2.5rem 0.6rem;
    ${cardLook}
    z-index: 2;
  }
  .overlay .close {
    float: right;
    border: none;
    background: none;
    font-size: 1.2rem;
  }
  .overlay-toggle[aria-pressed='true'],
  .tour-make[aria-pressed='true'] {
    background: var(--accent);
    color: var(--onDark);
  }
  .overlay-toggle,
  .lang {
    border: 1px solid var(--border);
    background: var(--panel);
    border-radius: 4px;
    padding: 0.2rem 0.7rem;
  }
  aside {
    overflow: auto;
    border-right: 1px solid var(--border);
    min-height: 0;
  }
  search-box {
    margin: 0.6rem 0.8rem 0.3rem;
  }
  details {
    padding: 0.2rem 0.8rem 0.4rem;
    border-bottom: 1px solid var(--border);
  }
  /* Inside <details> the panel inherits from the browser's own slot (content-box), not from the
     app: its full-width rows with their indent were wider than the sidebar, clipping the counts. */
  details > filter-panel {
    box-sizing: border-box;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    font-size: 0.95rem;
    padding: 0.3rem 0;
  }
  main {
    position: relative;
    min-height: 0;
  }
  atlas-map {
    position: absolute;
    inset: 0;
  }
  tour-player {
    position: absolute;
    top: 0.6rem;
    right: 0.6rem;
    bottom: 2.4rem;
    width: min(42vw, 820px);
    z-index: 3;
  }
  .header-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Skip links: out of sight until the keyboard reaches them. */
  .skip {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 60;
  }
  .skip button {
    position: fixed;
    top: 0.4rem;
    left: 0.4rem;
    padding: 0.5rem 1rem;
    background: var(--panel);
    color: var(--accent);
    border: 2px solid var(--accent);
    border-radius: 4px;
    transform: translateY(-300%);
  }
  .skip button:focus {
    transform: none;
  }
  /* Where the detail panel or the tour's caption goes: floats over the map on the desk. */
  .panel-area {
    display: contents;
  }
  /* At most 40 % of the map's width (a small laptop, a tablet): the map keeps the selection beside it. */
  feature-panel {
    position: absolute;
    top: 0.6rem;
    right: 3.2rem;
    width: min(420px, 40%);
    max-height: calc(100% - 3.5rem);
  }
  /* In the phone's bottom sheet the sheet is the card. */
  bottom-sheet feature-panel {
    position: static;
    width: auto;
    max-height: none;
    border: none;
    border-radius: 0;
    box-shadow: none;
    overflow: visible;
    padding-top: 0;
  }
  data-banner {
    position: absolute;
    left: 0.6rem;
    top: 0.6rem;
    right: 4rem;
  }
  .status {
    padding: 2rem;
  }
  .items-loading,
  .data-loading {
    position: absolute;
    bottom: 2.6rem;
    left: 50%;
    transform: translateX(-50%);
    z-index: 4;
    background: var(--panel);
    border-radius: 4px;
    box-shadow: 0 1px 4px var(--shadow);
  }
  .sample-note {
    position: absolute;
    left: 0.6rem;
    top: 2.6rem;
    max-width: 24rem;
    margin: 0;
    z-index: 3;
    padding: 0.3rem 0.6rem;
    font-size: 0.78rem;
    background: var(--panel);
    border: 1px solid var(--border);
    border-radius: 4px;
  }
  .items-loading .status,
  .data-loading .status {
    padding: 0.4rem 0.9rem;
  }
  .items-loading p,
  .data-loading p {
    display: inline;
    margin-right: 0.6rem;
  }
  .import {
    display: block;
    position: relative;
    margin: 0 0.8rem 0.4rem;
    padding: 0.25rem 0.6rem;
    font-size: 0.82rem;
    color: var(--accent);
    border: 1px dashed var(--accent);
    border-radius: 4px;
    cursor: pointer;
    text-align: center;
  }
  /* The real input stays focusable and announced; the label is what people see and click. */
  .import input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: pointer;
  }
  .import:focus-within {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  .drop {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: var(--dropTint);
    border: 4px dashed var(--accent);
    font-size: 1.6rem;
    font-weight: 700;
    z-index: 6;
  }
  .notice {
    position: absolute;
    left: 50%;
    bottom: 2.5rem;
    transform: translateX(-50%);
    margin: 0;
    background: var(--ink);
    color: var(--onDark);
    padding: 0.4rem 0.8rem;
    border-radius: 4px;
    font-size: 0.85rem;
    z-index: 4;
    max-width: min(40rem, 90vw);
    overflow-wrap: anywhere;
  }
  /* One line per imported file; a huge file name wraps instead of widening the page. */
  .notice .lines {
    white-space: pre-line;
  }
  .notice button {
    background: none;
    border: none;
    color: var(--onDark);
  }
  /* The presenter (a tour on a projector): the map fills the screen, the caption is a card of at
     most 30 % of the width; header and sidebar are gone until the tour ends. */
  @media (min-width: 701px) {
    :host([layout='presenter']) {
      grid-template-columns: 1fr;
      grid-template-rows: 1fr;
    }
    :host([layout='presenter']) > header,
    :host([layout='presenter']) > aside {
      display: none;
    }
    /* Right of the caption, the column of the map's zoom buttons, which it must not cover. */
    /*
     * As tall as its scene needs, standing on the map's foot: the buttons stay where the presenter
     * left them from scene to scene, and a short caption leaves the map above it free.
     */
    :host([layout='presenter']) tour-player {
      top: auto;
      right: ${CONTROLS_COLUMN}px;
      bottom: 0.6rem;
      max-height: calc(100% - 1.2rem);
      width: min(30vw, 640px);
    }
  }
  /* B or . blanks the screen, as presentation software does. */
  .blank {
    position: fixed;
    inset: 0;
    /* The projector theme's ink is black. */
    background: var(--ink);
    z-index: 50;
  }
  /* The tour editor keeps the map's middle and right free: the presenter frames each scene there. */
  tour-editor {
    position: absolute;
    top: 0.6rem;
    left: 0.6rem;
    bottom: 2.5rem;
    width: min(400px, 42%);
    ${cardLook}
    z-index: 3;
  }
  tour-item-card {
    position: absolute;
    left: 0.8rem;
    bottom: 2.4rem;
    z-index: 4;
    max-width: min(34rem, 60vw);
  }
`;
