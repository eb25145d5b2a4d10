import { css } from 'lit';
import { cardLook } from './styles.ts';

/** The detail panel's own layout: a card beside the map (a bottom sheet's content on a phone). */
export const featurePanelStyles = css`
  :host {
    display: block;
    ${cardLook}
    z-index: 3;
  }
  /* A name of any length (an imported file's 1 MB cell) stays three lines: the whole is its title. */
  h2 {
    font-size: 1.15rem;
    margin: 0 2rem 0.3rem 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.3rem;
  }
  h4 {
    font-size: 0.88rem;
    margin: 0.6rem 0 0.2rem;
  }
  details.chart {
    margin: 0.3rem 0;
    font-size: 0.85rem;
  }
  details.chart summary {
    cursor: pointer;
    color: var(--accent);
  }
  .badge.border {
    background: var(--accent);
    font-size: 0.7rem;
    vertical-align: middle;
  }
  .close {
    position: absolute;
    right: 0.6rem;
    top: 0.5rem;
    border: none;
    background: none;
    font-size: 1.2rem;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2rem 0.8rem;
    margin: 0;
    font-size: 0.88rem;
  }
  dt {
    color: var(--muted);
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-left: 1.1rem;
    font-size: 0.88rem;
  }
  .projects {
    list-style: none;
    padding: 0;
  }
  .projects li {
    margin: 0.25rem 0;
  }
  .sources {
    font-size: 0.75rem;
    color: var(--muted);
  }
  p {
    font-size: 0.88rem;
    line-height: 1.6;
  }
`;
