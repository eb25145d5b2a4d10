import type { Map as MapLibreMap, VectorSourceSpecification, VectorTileSource } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { IMPORTED_MAXZOOM, type TileProvider } from '../domain/import/layer.ts';
import { IMPORTED_SOURCE, type ItemSourceStyle, infrastructureLayers } from './layers/infrastructure.ts';

/** The URL scheme of the imported files' tiles: MapLibre asks the page for them, the page asks the import worker. */
export const IMPORTED_PROTOCOL = 'senkon-imported';

/** The imported files' vector source, at the tiles' newest generation (null: nothing imported is drawn). */
export function importedSource(atlas: Atlas): VectorSourceSpecification | null {
  const generations = atlas.imported.flatMap((l) => (l.prepared ? [l.prepared.generation] : []));
  if (generations.length === 0) return null;
  // The generation in the URL makes MapLibre fetch every tile again when a file is added.
  const tiles = [`${IMPORTED_PROTOCOL}://${Math.max(...generations)}/{z}/{x}/{y}`];
  return { type: 'vector', tiles, minzoom: 0, maxzoom: IMPORTED_MAXZOOM, promoteId: 'id' };
}

/** Where the tiles of the atlas's imported files come from. */
export function importedTiles(atlas: Atlas | null): TileProvider | null {
  return atlas?.imported.find((l) => l.prepared)?.prepared?.tiles ?? null;
}

/**
 * Draws the atlas's imported files: adds their source and layers (under the plan's, `below`) the
 * first time, and later points the source at the newest tiles. True when the layers were added.
 */
export function showImported(
  map: MapLibreMap,
  atlas: Atlas,
  set: ItemSourceStyle | undefined,
  layers: { facets: unknown[]; nameField: string; below: string },
): boolean {
  const spec = importedSource(atlas);
  if (!spec || !set) return false;
  const source = map.getSource<VectorTileSource>(IMPORTED_SOURCE);
  if (source) {
    if (source.tiles?.[0] !== spec.tiles![0]) source.setTiles(spec.tiles!);
    return false;
  }
  map.addSource(IMPORTED_SOURCE, spec);
  for (const layer of infrastructureLayers(layers.facets, layers.nameField, set)) map.addLayer(layer, layers.below);
  return true;
}
