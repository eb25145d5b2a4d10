import { html, svg } from 'lit';
import type { LocatedCategory } from '../domain/types.ts';
import { CATEGORY_STYLE, ITEM } from '../theme.ts';

const SHAPES = {
  circle: svg`<circle cx="10" cy="10" r="7" />`,
  square: svg`<rect x="3.5" y="3.5" width="13" height="13" />`,
  diamond: svg`<polygon points="10,2 18,10 10,18 2,10" />`,
  triangle: svg`<polygon points="10,2 18.5,17 1.5,17" />`,
  'triangle-down': svg`<polygon points="1.5,3 18.5,3 10,18" />`,
  hexagon: svg`<polygon points="18,10 14,17 6,17 2,10 6,3 14,3" />`,
  star: svg`<polygon points="10,1.5 12.2,7.2 18.3,7.3 13.5,11 15.2,17 10,13.5 4.8,17 6.5,11 1.7,7.3 7.8,7.2" />`,
} as const;

/** The legend symbol of a category: the same shape and colour as on the map; lines drawn as lines. */
export function swatch(category: LocatedCategory | 'imported') {
  const { color, shape } = CATEGORY_STYLE[category];
  const line = category === 'road' || category === 'river';
  return html`<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
    ${
      line
        ? svg`<path d="M2 15 C7 4, 13 16, 18 5" fill="none" stroke=${category === 'road' ? ITEM.casing : 'none'} stroke-width="7" /><path d="M2 15 C7 4, 13 16, 18 5" fill="none" stroke=${color} stroke-width="4" />`
        : svg`<g fill=${color} stroke=${ITEM.iconRim} stroke-width="1.5">${SHAPES[shape]}</g>`
    }
  </svg>`;
}
