import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { FIRST_ZOOM, type ItemFeature } from '../map-features.ts';
import { IMPORTED_MAXZOOM, IMPORTED_TILE_LAYER } from './layer.ts';

/**
 * The user's imported files as vector tiles, cut on demand. A GeoJSON source would need every
 * feature handed to MapLibre's worker in one structured clone from the page (about two seconds
 * at 200 000 points, the page frozen throughout); tiles are cut where the features already are
 * and the page only passes each tile's bytes on. Below IMPORTED_MAXZOOM a tile keeps the
 * features whose first zoom (FIRST_ZOOM) it has reached, as the data's own tiles are thinned.
 */
export class ImportedTiles {
  private readonly files = new Map<string, ItemFeature[]>();
  private index: GeoJSONVT | null = null;
  /** Changes with every file set: the map asks for tiles of a newer generation then. */
  generation = 0;

  /** Sets a file's features (a file of the same name is replaced). */
  set(file: string, features: ItemFeature[]): number {
    // MVT has no null value: an absent property reads as null in expressions anyway.
    for (const f of features) for (const [k, v] of Object.entries(f.properties)) if (v === null) delete f.properties[k];
    this.files.set(file, features);
    this.index = null;
    return ++this.generation;
  }

  /** The tile as an uncompressed Mapbox Vector Tile; null when it holds nothing. */
  tile(z: number, x: number, y: number): Uint8Array | null {
    const tile = this.features(z, x, y);
    return tile && fromGeojsonVt({ [IMPORTED_TILE_LAYER]: tile }, { version: 2, extent: 4096 });
  }

  /** The tile's features, thinned below IMPORTED_MAXZOOM; null when it holds none. */
  features(z: number, x: number, y: number): GeoJSONVTTile | null {
    this.index ??= new GeoJSONVT(
      { type: 'FeatureCollection', features: [...this.files.values()].flat() },
      { maxZoom: IMPORTED_MAXZOOM, indexMaxZoom: 5, tolerance: 3, extent: 4096, buffer: 64 },
    );
    const tile = this.index.getTile(z, x, y);
    const features = (tile?.features ?? []).filter((f) => z >= IMPORTED_MAXZOOM || Number(f.tags?.[FIRST_ZOOM] ?? 0) <= z);
    return tile && features.length ? ({ ...tile, features } as GeoJSONVTTile) : null;
  }
}

/** A tile's bytes as an ArrayBuffer of their own (to transfer, or to hand to MapLibre). */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
