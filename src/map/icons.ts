import type { LocatedCategory } from '../domain/types.ts';
import { CATEGORY_STYLE, ITEM, type SymbolShape } from '../theme.ts';

/**
 * The radius of the shapes (CSS px), and the side of the icon's square: what MapLibre hit-tests a
 * symbol by, so no wider than the shapes drawn with their rim (a triangle's tip reaches 1.1 r),
 * or a click beside an icon would hit it too.
 */
export const ICON_RADIUS = 8;
export const ICON_REACH = ICON_RADIUS * 1.1 + 1.25;
export const ICON_SIZE = 21;
const SIZE = ICON_SIZE;
const RATIO = 2;

/** Icon image name for a category; layers reference it with ['concat', 'icon-', ['get', 'category']]. */
export const iconName = (c: LocatedCategory | 'imported'): string => `icon-${c}`;

/** Draws every category's symbol (shape + colour + white outline) into ImageData, ready for map.addImage. */
export function categoryIcons(): { name: string; image: ImageData; pixelRatio: number }[] {
  return (Object.keys(CATEGORY_STYLE) as (LocatedCategory | 'imported')[]).map((c) => ({
    name: iconName(c),
    image: draw(CATEGORY_STYLE[c].shape, CATEGORY_STYLE[c].color),
    pixelRatio: RATIO,
  }));
}

function draw(shape: SymbolShape, color: string): ImageData {
  const px = SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  // Read back at once: a GPU-backed canvas (the default) makes getImageData wait for the GPU,
  // 0.5–1.3 s for the first symbols of a page in software GL; a CPU canvas takes ~2 ms for all.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas is not available for drawing map symbols');
  ctx.scale(RATIO, RATIO);
  ctx.beginPath();
  path(ctx, shape, SIZE / 2, SIZE / 2, ICON_RADIUS);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = ITEM.iconRim;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

function path(ctx: CanvasRenderingContext2D, shape: SymbolShape, cx: number, cy: number, r: number): void {
  const poly = (n: number, rot: number, rr = r) => {
    for (let i = 0; i < n; i++) {
      const a = rot + (i * 2 * Math.PI) / n;
      ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    }
  };
  switch (shape) {
    case 'circle':
      ctx.arc(cx, cy, r * 0.9, 0, 2 * Math.PI);
      break;
    case 'square':
      ctx.rect(cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      break;
    case 'diamond':
      poly(4, -Math.PI / 2);
      break;
    case 'triangle':
      poly(3, -Math.PI / 2, r * 1.1);
      break;
    case 'triangle-down':
      poly(3, Math.PI / 2, r * 1.1);
      break;
    case 'hexagon':
      poly(6, 0);
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.45 : r * 1.05;
        ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
      }
      break;
  }
}
