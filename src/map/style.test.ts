import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import { itemSources } from './item-sources.ts';
import { type MapTheme, type StyleInput, THEMES, buildStyle } from './style.ts';

const { atlas } = loadRealData();
const dataOf = (style: ReturnType<typeof buildStyle>, id: string): unknown => (style.sources[id] as { data?: unknown }).data;
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

  it('starts without data: the basemap fetched by MapLibre, the item and context sources empty, the same layers', () => {
    const style = buildStyle({ ...input, atlas: null, itemSources: itemSources(null) });
    expect(validateStyleMin(style)).toEqual([]);
    for (const id of ['places', 'labels']) {
      expect(style.sources[id]?.type).toBe('geojson');
      expect(dataOf(style, id)).toMatch(new RegExp(`/data/basemap/${id}\\.geojson$`));
    }
    // The ground and the boundaries are tiles: all of Hokkaido's from the minimum zoom, the region's from the detail zoom.
    expect(style.sources['basemap-hokkaido']).toMatchObject({ type: 'vector', minzoom: 4, maxzoom: 8 });
    expect((style.sources['basemap-hokkaido'] as { tiles: string[] }).tiles[0]).toMatch(
      /\/data\/basemap\/hokkaido\/\{z\}\/\{x\}\/\{y\}\.pbf$/,
    );
    expect(style.sources['basemap-tiles']).toMatchObject({ type: 'vector', minzoom: 7, maxzoom: 12 });
    for (const l of style.layers.filter((l) => /^(land|lakes|boundaries)/.test(l.id)))
      expect((l as { source: string }).source, l.id).toMatch(/^basemap-(hokkaido|tiles)$/);
    expect(style.sources['items']).toMatchObject({ data: { features: [] } });
    expect(style.sources['ctx-parks']).toMatchObject({ data: { features: [] } });
    expect(style.layers.map((l) => l.id)).toEqual(buildStyle(input).layers.map((l) => l.id));
  });

  it('draws nothing of a basemap file the loader found broken', () => {
    const broken = { ...atlas, data: { ...atlas.data, labels: null } } as unknown as typeof atlas;
    const style = buildStyle({ ...input, atlas: broken });
    expect(style.sources['labels']).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
    expect(dataOf(style, 'places')).toMatch(/places\.geojson$/);
  });
});
