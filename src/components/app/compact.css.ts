import { css } from 'lit';

/**
 * The phone's and tablet's layouts (the app's `layout` attribute, set by the layout
 * controller): a header of the title and one menu, the sidebar as a drawer over the map, 44 px
 * targets for fingers, and the tour's caption as a bottom card on a phone held upright.
 */
export const compactStyles = css`
  /* Phone and tablet: a header of the title and one menu; the sidebar is a drawer over the map. */
  :host([layout='phone']),
  :host([layout='tablet']) {
    grid-template-columns: minmax(0, 1fr);
  }
  :host([layout='phone']) header,
  :host([layout='tablet']) header {
    padding: 0.2rem 0.5rem;
    gap: 0.5rem;
  }
  :host([layout='phone']) header p.subtitle,
  :host([layout='tablet']) header p.subtitle {
    display: none;
  }
  :host([layout='phone']) h1 {
    font-size: 1.05rem;
  }
  .menu,
  .drawer-close {
    min-width: 44px;
    min-height: 44px;
    border: 1px solid var(--border);
    background: var(--panel);
    border-radius: 4px;
  }
  .drawer-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: 0.3rem 0.8rem;
    font-weight: 700;
  }
  aside .header-actions {
    padding: 0 0.8rem 0.6rem;
    border-bottom: 1px solid var(--border);
  }
  :host([layout='phone']) aside,
  :host([layout='tablet']) aside {
    position: fixed;
    top: 0;
    bottom: 0;
    left: 0;
    z-index: 20;
    width: min(360px, 88vw);
    background: var(--panel);
    box-shadow: 2px 0 12px var(--shadow);
    transform: translateX(-100%);
    visibility: hidden;
    transition:
      transform 0.2s ease,
      visibility 0s 0.2s;
  }
  :host([layout='phone']) aside.open,
  :host([layout='tablet']) aside.open {
    transform: none;
    visibility: visible;
    transition: transform 0.2s ease;
  }
  .scrim {
    position: fixed;
    inset: 0;
    z-index: 19;
    background: var(--scrim);
  }
  :host([layout='phone']) .overlay,
  :host([layout='tablet']) .overlay {
    inset: 0;
    border-radius: 0;
  }
  :host([layout='phone']) .sample-note {
    right: 3.6rem;
  }
  /* Fingers (a coarse pointer): every control at least 44 px. */
  @media (pointer: coarse) {
    header button,
    aside .header-actions button,
    .overlay .close,
    .notice button,
    summary {
      min-height: 44px;
      min-width: 44px;
    }
    summary {
      display: flex;
      align-items: center;
    }
    .import {
      padding: 0.7rem 0.6rem;
    }
  }
  /* The tour on a phone held upright: the map fills the screen, the caption is a card at the bottom, stepped by its buttons. */
  @media (max-width: 700px) {
    :host([layout='presenter']) {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: 1fr;
    }
    :host([layout='presenter']) > header,
    :host([layout='presenter']) > aside {
      display: none;
    }
    :host([layout='presenter']) tour-player {
      top: auto;
      left: 0.4rem;
      right: 0.4rem;
      bottom: 0.4rem;
      width: auto;
      max-height: 45%;
    }
    tour-item-card {
      left: 0.4rem;
      right: 0.4rem;
      bottom: auto;
      top: 0.4rem;
      max-width: none;
    }
  }
`;
