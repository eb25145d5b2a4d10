import { describe, expect, it } from 'vitest';
import { BASEMAP, PROJECTOR_MAP } from '../../theme.ts';
import { BASEMAP_SOURCES, basemapGround } from './basemap.ts';
import { areaLayers, boundaryLayers } from './boundaries.ts';
import { labelLayers } from './labels.ts';
import { emphasis, infrastructureLayers, ITEMS_SOURCE, TILES_SOURCE } from './infrastructure.ts';
import { projectorChanges } from './projector.ts';

/** WCAG relative luminance and contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('the projector theme of the map', () => {
  const layers = [
    ...basemapGround(),
    ...boundaryLayers(),
    ...labelLayers('name_ja'),
    ...infrastructureLayers([], 'name_ja', { source: ITEMS_SOURCE, dense: false }),
  ];
  const changes = projectorChanges(layers);

  it('makes land and sea differ by at least 3:1 (the desk colours are about 1.2:1)', () => {
    expect(contrast(BASEMAP.land, BASEMAP.sea)).toBeLessThan(1.5);
    expect(contrast(PROJECTOR_MAP.land, PROJECTOR_MAP.sea)).toBeGreaterThanOrEqual(3);
    expect(changes).toContainEqual({ layer: 'sea', kind: 'paint', name: 'background-color', value: PROJECTOR_MAP.sea });
  });

  it('sizes every map label at 16 px or more', () => {
    const labelled = layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined).map((l) => l.id);
    expect(labelled.length).toBeGreaterThan(2);
    for (const id of labelled)
      expect(changes.find((c) => c.layer === id && c.name === 'text-size')?.value as number, id).toBeGreaterThanOrEqual(16);
  });

  it('draws items larger and fuller: icons, halos, area fills and outlines', () => {
    const at = (part: string, name: string) => changes.find((c) => c.layer === `${ITEMS_SOURCE}-${part}` && c.name === name)?.value;
    expect(at('symbol', 'icon-size')).toBeGreaterThan(1);
    expect(at('point-halo', 'circle-radius')).toEqual(['case', emphasis, PROJECTOR_MAP.haloRadius, 0]);
    expect(PROJECTOR_MAP.haloRadius).toBeGreaterThan(16);
    expect(JSON.stringify(at('fill', 'fill-opacity'))).toContain(String(PROJECTOR_MAP.itemFillOpacity));
    expect(PROJECTOR_MAP.itemFillOpacity).toBeGreaterThan(0.3);
    expect(at('outline', 'line-width')).toBeDefined();
    // Nothing outside the item layers is resized.
    expect(changes.filter((c) => c.name === 'icon-size').every((c) => c.layer.startsWith(ITEMS_SOURCE))).toBe(true);
  });

  it('changes nothing but colours on the basemap: its land and the area mask keep their opacity', () => {
    const ground = [...basemapGround(), ...areaLayers(['01691'])];
    const changed = projectorChanges(ground);
    expect(ground.some((l) => 'source' in l && l.source === BASEMAP_SOURCES.tiles)).toBe(true);
    expect(changed.filter((c) => !/-color$/.test(c.name))).toEqual([]);
    // The plan's items on tiles are still items.
    const tiled = projectorChanges(infrastructureLayers([], 'name_ja', { source: TILES_SOURCE, dense: false }));
    expect(tiled.some((c) => c.name === 'fill-opacity')).toBe(true);
  });

  it('keeps every paint value that depends on feature-state at the desk dependent on it (a constant broke the tiles built before)', () => {
    const usesState = (v: unknown) => JSON.stringify(v ?? null).includes('"feature-state"');
    const desk = (id: string, name: string) => (layers.find((l) => l.id === id)?.paint as Record<string, unknown> | undefined)?.[name];
    const paints = changes.filter((c) => c.kind === 'paint' && usesState(desk(c.layer, c.name)));
    expect(paints.length).toBeGreaterThan(3);
    for (const c of paints) expect(usesState(c.value), `${c.layer} ${c.name}`).toBe(true);
  });

  it('draws item lines and boundaries stronger', () => {
    expect(changes.some((c) => c.name === 'line-width' && c.layer === `${ITEMS_SOURCE}-line`)).toBe(true);
    expect(changes.some((c) => c.name === 'line-color' && c.layer.startsWith('boundaries'))).toBe(true);
  });
});
