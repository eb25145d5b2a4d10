import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { EMPTY_FILTERS } from '../domain/filters.ts';
import { itemSources } from './item-sources.ts';
import { nameText, namedLayers, withoutNames } from './names.ts';
import { buildStyle } from './style.ts';

const { atlas } = loadRealData();
const sources = itemSources(atlas);
const style = buildStyle({ atlas, nameField: 'name_ja', context: [], filters: EMPTY_FILTERS, itemSources: sources });
const textOf = (s: typeof style, id: string) => (s.layers.find((l) => l.id === id) as SymbolLayerSpecification).layout?.['text-field'];

describe('the names the map draws', () => {
  it('names exactly the style’s symbol layers that have text, and the same text the style starts with', () => {
    const named = namedLayers(sources);
    const withText = style.layers.filter((l) => l.type === 'symbol' && l.layout?.['text-field'] !== undefined).map((l) => l.id);
    expect(named.map((l) => l.id).sort()).toEqual(withText.sort());
    for (const layer of named) expect(nameText(layer, 'name_ja', true)).toEqual(textOf(style, layer.id));
  });

  it('draws no text until the fonts are in, and English names with a Japanese fallback in English', () => {
    for (const layer of namedLayers(sources)) expect(nameText(layer, 'name_en', false)).toBe('');
    const items = namedLayers(sources).find((l) => l.item)!;
    expect(nameText(items, 'name_en', true)).toEqual(['step', ['zoom'], '', 9, ['coalesce', ['get', 'name_en'], ['get', 'name_ja']]]);
  });

  it('a first style without names stays valid and keeps everything else', () => {
    const bare = withoutNames(style, sources);
    expect(validateStyleMin(bare)).toEqual([]);
    for (const layer of namedLayers(sources)) expect(textOf(bare, layer.id)).toBe('');
    expect(bare.layers.map((l) => l.id)).toEqual(style.layers.map((l) => l.id));
    // The items' symbols are still drawn: only their text waits.
    const iconOf = (s: typeof style) => (s.layers.find((l) => l.id === 'items-symbol') as SymbolLayerSpecification).layout?.['icon-image'];
    expect(iconOf(bare)).toEqual(iconOf(style));
    expect(iconOf(bare)).toBeDefined();
  });
});
