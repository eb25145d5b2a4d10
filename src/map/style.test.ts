import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import { itemSources } from './item-sources.ts';
import { type MapTheme, type StyleInput, THEMES, buildStyle } from './style.ts';

const { atlas } = loadRealData();
const input: StyleInput = { atlas, nameField: 'name_ja', context: [], filters: EMPTY_FILTERS, itemSources: itemSources(atlas) };

describe('buildStyle', () => {
  it('is a valid style whose every layer reads a source it defines', () => {
    const style = buildStyle(input);
    expect(validateStyleMin(style)).toEqual([]);
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });

  it('stacks the themes in order: ground and boundaries, context, area, infrastructure, names on top', () => {
    const ids = buildStyle(input).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('sea')).toBe(0);
    expect(at('land')).toBeLessThan(at('boundaries-region'));
    expect(at('boundaries-region')).toBeLessThan(at('ctx-parks-fill'));
    expect(at('ctx-parks-fill')).toBeLessThan(at('area-outline'));
    expect(at('area-outline')).toBeLessThan(at('items-fill'));
    // No item symbol is drawn over a name (issue 16): every name layer comes after every item layer.
    const lastItem = Math.max(...ids.map((id, i) => (id.startsWith('items-') ? i : -1)));
    for (const id of ['place-labels', 'subprefecture-labels', 'municipality-labels']) expect(at(id)).toBeGreaterThan(lastItem);
  });

  it('takes a new theme as one more entry: its sources and layers join, on top', () => {
    const extra: MapTheme = {
      sources: () => ({ extra: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }),
      layers: () => [{ id: 'extra-line', type: 'line', source: 'extra' }],
    };
    const style = buildStyle(input, [...THEMES, extra]);
    expect(style.sources['extra']).toBeDefined();
    expect(style.layers.at(-1)!.id).toBe('extra-line');
    expect(validateStyleMin(style)).toEqual([]);
  });
});
