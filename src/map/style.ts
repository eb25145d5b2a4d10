import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { type Filters, filterExpression } from '../domain/filters.ts';
import { planFeatures } from '../domain/map-features.ts';
import { CONTEXT_LAYERS, type ContextLayerId } from '../domain/types.ts';
import { BASEMAP_FILES } from '../domain/data/files.ts';
import type { TileSet } from '../domain/data/manifest.ts';
import { BASEMAP_SOURCES, BASEMAP_TILE_SETS, type BasemapTileSet, basemapGround } from './layers/basemap.ts';
import { areaLayers, boundaryLayers } from './layers/boundaries.ts';
import { labelLayers } from './layers/labels.ts';
import { contextLayers, contextSource } from './layers/context.ts';
import { importedSource } from './imported-source.ts';
import { IMPORTED_SOURCE, ITEMS_SOURCE, type ItemSourceStyle, TILES_SOURCE, infrastructureLayers } from './layers/infrastructure.ts';

/** What a theme needs to describe its part of the first style. */
export interface StyleInput {
  /** The data; null while it loads (the map starts with the basemap, the items come later). */
  atlas: Atlas | null;
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

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The basemap files MapLibre fetches itself; each one's source is named as the atlas names its checked content. */
export const FETCHED_BASEMAP_FILES = ['places', 'labels'] as const;

/**
 * The ground and the boundaries are vector tiles: MapLibre reads the few tiles in view where a
 * GeoJSON source parsed and indexed all of Hokkaido before its first frame. The names' files are
 * fetched by MapLibre's worker itself while the app's loader checks them; a file the loader finds
 * broken is emptied when the data arrives (first-data.ts).
 */
const ground: MapTheme = {
  // The region at full resolution only where it is seen: the map fetches the tiles in view from their first zoom on.
  sources: () => Object.fromEntries(Object.entries(BASEMAP_TILE_SETS).map(([id, set]) => [id, basemapTiles(set)])),
  layers: () => [...basemapGround(), ...boundaryLayers()],
};

/** A basemap tile set's source; outside `bounds` no tile is asked for (there is none). */
function basemapTiles({ url, zooms: [minzoom, maxzoom], bounds }: BasemapTileSet): SourceSpecification {
  return { type: 'vector', tiles: [dataUrl(url)], minzoom, maxzoom, bounds };
}

/** The area asked about: its outline and the mask over the rest (hidden until an area is shown). */
const area: MapTheme = { layers: () => areaLayers() };

const context: MapTheme = {
  sources: ({ atlas }) =>
    Object.fromEntries(
      CONTEXT_LAYERS.map((id) => [
        contextSource(id),
        { type: 'geojson', data: { type: 'FeatureCollection', features: atlas?.data.context[id] ?? [] } },
      ]),
    ),
  layers: ({ context: shown, nameField }) => contextLayers(shown, nameField),
};

const labels: MapTheme = {
  sources: ({ atlas }) => ({
    [BASEMAP_SOURCES.places]: { type: 'geojson', data: basemapFile(atlas, 'places') },
    [BASEMAP_SOURCES.labels]: { type: 'geojson', data: basemapFile(atlas, 'labels') },
  }),
  layers: ({ nameField }) => labelLayers(nameField),
};

const infrastructure: MapTheme = {
  sources: ({ atlas }) => {
    const tiles = atlas?.data.tiles;
    const imported = atlas && importedSource(atlas);
    return {
      [ITEMS_SOURCE]: { type: 'geojson', data: atlas ? planFeatures(atlas) : EMPTY, promoteId: 'id' },
      ...(imported ? { [IMPORTED_SOURCE]: imported } : {}),
      ...(tiles ? { [TILES_SOURCE]: itemTilesSource(tiles) } : {}),
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

/** A basemap file for MapLibre to fetch; none if the loader has found it broken. */
function basemapFile(atlas: Atlas | null, file: (typeof FETCHED_BASEMAP_FILES)[number]): string | FeatureCollection {
  return atlas && !atlas.data[file] ? EMPTY : dataUrl(BASEMAP_FILES[file]);
}

/** The data's items as vector tiles (the manifest's `tiles`). */
export function itemTilesSource(tiles: TileSet): SourceSpecification {
  return {
    type: 'vector',
    tiles: [dataUrl(tiles.url)],
    minzoom: tiles.minzoom,
    maxzoom: tiles.maxzoom,
    promoteId: 'id',
    ...(tiles.bounds ? { bounds: tiles.bounds } : {}),
  };
}

/** Data files and tile URLs (the manifest's too) are relative to data/. */
function dataUrl(template: string): string {
  // URL() would percent-encode the braces of {z}/{x}/{y}; MapLibre needs them as they are.
  // (Outside a page, as in the style's unit tests, against a placeholder base.)
  const base = typeof document === 'undefined' ? 'http://127.0.0.1/' : document.baseURI;
  return decodeURI(new URL(template, new URL('data/', base)).href);
}
