import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import { itemSources } from './item-sources.ts';
import { type MapTheme, type StyleInput, THEMES, buildStyle, townPoints } from './style.ts';

const { atlas } = loadRealData();
const input: StyleInput = { atlas, nameField: 'name_ja', context: [], filters: EMPTY_FILTERS, itemSources: itemSources(atlas) };

describe('buildStyle', () => {
  it('is a valid style whose every layer reads a source it defines', () => {
    const style = buildStyle(input);
    expect(validateStyleMin(style)).toEqual([]);
    for (const layer of style.layers) if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
  });

  it('stacks the themes in order: ground, context, labels, infrastructure', () => {
    const ids = buildStyle(input).layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('sea')).toBe(0);
    expect(at('land')).toBeLessThan(at('ctx-parks-fill'));
    expect(at('ctx-parks-fill')).toBeLessThan(at('place-labels'));
    expect(at('town-labels')).toBeLessThan(at('items-fill'));
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

  it('town labels: one point per municipality with an office', () => {
    const towns = townPoints(atlas);
    expect(towns.features.length).toBe(atlas.municipalities.filter((a) => a.office).length);
    expect(towns.features.length).toBeGreaterThan(0);
  });
});
