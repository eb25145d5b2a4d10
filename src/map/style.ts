import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { type Filters, filterExpression } from '../domain/filters.ts';
import { planFeatures } from '../domain/map-features.ts';
import type { ContextLayerId } from '../domain/types.ts';
import { BASEMAP_TILES } from '../domain/data/files.ts';
import { BASEMAP_SOURCES, BASEMAP_TILE_ZOOMS, basemapGround } from './layers/basemap.ts';
import { areaLayers, boundaryLayers } from './layers/boundaries.ts';
import { labelLayers } from './layers/labels.ts';
import { contextLayers, contextSource } from './layers/context.ts';
import { importedSource } from './imported-source.ts';
import { IMPORTED_SOURCE, ITEMS_SOURCE, type ItemSourceStyle, TILES_SOURCE, infrastructureLayers } from './layers/infrastructure.ts';

/** What a theme needs to describe its part of the first style. */
export interface StyleInput {
  atlas: Atlas;
  /** The name property labels show (`name_ja` or `name_en`). */
  nameField: string;
  context: readonly ContextLayerId[];
  filters: Filters;
  /** The item sources drawn (tiles and/or GeoJSON) and how dense each is. */
  itemSources: readonly ItemSourceStyle[];
}

/** One theme of the map: the sources it reads and its layers. Layers stack in the order of THEMES. */
export interface MapTheme {
  sources?(input: StyleInput): Record<string, SourceSpecification>;
  layers(input: StyleInput): LayerSpecification[];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const ground: MapTheme = {
  sources: ({ atlas }) => ({
    // Simplified to one pixel (MapLibre's default is ⅜ px): the coast looks the same and a
    // frame at 100k items draws 2 ms faster in software GL.
    [BASEMAP_SOURCES.land]: { type: 'geojson', data: atlas.data.land ?? EMPTY, tolerance: 1 },
    [BASEMAP_SOURCES.boundaries]: { type: 'geojson', data: atlas.data.boundaries ?? EMPTY },
    // Full resolution only where it is seen: the map fetches the tiles in view from their first zoom on.
    [BASEMAP_SOURCES.tiles]: {
      type: 'vector',
      tiles: [tileUrl(BASEMAP_TILES)],
      minzoom: BASEMAP_TILE_ZOOMS[0],
      maxzoom: BASEMAP_TILE_ZOOMS[1],
      bounds: [143.0, 42.6, 149.0, 45.6],
    },
  }),
  layers: () => [...basemapGround(), ...boundaryLayers()],
};

/** The area asked about: its outline and the mask over the rest (hidden until an area is shown). */
const area: MapTheme = { layers: () => areaLayers() };

const context: MapTheme = {
  sources: ({ atlas }) =>
    Object.fromEntries(
      (Object.keys(atlas.data.context) as ContextLayerId[]).map((id) => [
        contextSource(id),
        { type: 'geojson', data: { type: 'FeatureCollection', features: atlas.data.context[id] } },
      ]),
    ),
  layers: ({ context: shown, nameField }) => contextLayers(shown, nameField),
};

const labels: MapTheme = {
  sources: ({ atlas }) => ({
    [BASEMAP_SOURCES.places]: { type: 'geojson', data: atlas.data.places ?? EMPTY },
    [BASEMAP_SOURCES.labels]: { type: 'geojson', data: atlas.data.labels ?? EMPTY },
  }),
  layers: ({ nameField }) => labelLayers(nameField),
};

const infrastructure: MapTheme = {
  sources: ({ atlas }) => {
    const tiles = atlas.data.tiles;
    const imported = importedSource(atlas);
    return {
      [ITEMS_SOURCE]: { type: 'geojson', data: planFeatures(atlas), promoteId: 'id' },
      ...(imported ? { [IMPORTED_SOURCE]: imported } : {}),
      ...(tiles
        ? {
            [TILES_SOURCE]: {
              type: 'vector',
              tiles: [tileUrl(tiles.url)],
              minzoom: tiles.minzoom,
              maxzoom: tiles.maxzoom,
              promoteId: 'id',
              ...(tiles.bounds ? { bounds: tiles.bounds } : {}),
            },
          }
        : {}),
    };
  },
  layers: ({ filters, nameField, itemSources }) =>
    itemSources.flatMap((set) => infrastructureLayers(filterExpression(filters), nameField, set)),
};

/** The map's themes, bottom to top. A new theme is a file under layers/ and one entry here. */
// Names last: no item symbol is drawn over a place or municipality name.
export const THEMES: readonly MapTheme[] = [ground, context, area, infrastructure, labels];

/** The first style: every theme's sources and layers (later changes are applied one by one). */
export function buildStyle(input: StyleInput, themes: readonly MapTheme[] = THEMES): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const theme of themes) Object.assign(sources, theme.sources?.(input));
  return { version: 8, sources, layers: themes.flatMap((theme) => theme.layers(input)) };
}

/** Tile URLs in the manifest are relative to data/, like every data file. */
function tileUrl(template: string): string {
  // URL() would percent-encode the braces of {z}/{x}/{y}; MapLibre needs them as they are.
  // (Outside a page, as in the style's unit tests, against a placeholder base.)
  const base = typeof document === 'undefined' ? 'http://127.0.0.1/' : document.baseURI;
  return decodeURI(new URL(template, new URL('data/', base)).href);
}
