/**
 * The overview's thinning, shared by `scripts/build-tiles.ts` (vector tiles) and the map's GeoJSON
 * source (large files without tiles). Below a zoom, every tile of the zoom keeps the same share of
 * features, by rank (a hash of the id): the share that leaves `maxFeatures` in the zoom's densest
 * tile. A child tile holds no more than its parent, so the share only grows with zoom and a
 * feature drawn at one zoom is drawn at every deeper one.
 */

/** Features a tile keeps below the zoom from which all are drawn: a view holds four to six tiles. */
export const MAX_FEATURES_PER_TILE = 1_000;

export interface OverviewOptions {
  minzoom: number;
  maxzoom: number;
  maxFeatures: number;
}

/**
 * FNV-1a of the id with murmur3's finaliser, as a number in [0, 1): the feature's rank for
 * thinning. (FNV-1a alone leaves its high bits clustered for short ids that differ in their last
 * characters, such as fp-1, fp-2 …: the sample would not be even.)
 */
export function rankOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/**
 * The share of features each zoom keeps: maxFeatures over the feature count of the zoom's
 * densest tile (counted by each feature's first position), 1 where no tile exceeds it.
 */
export function sharePerZoom(perTile: Map<number, number>, o: OverviewOptions): Record<number, number> {
  const densest: Record<number, number> = {};
  for (const [id, n] of perTile) {
    const z = id % 32;
    if (n > (densest[z] ?? 0)) densest[z] = n;
  }
  const share: Record<number, number> = {};
  for (let z = o.minzoom; z < o.maxzoom; z++) share[z] = Math.min(1, o.maxFeatures / (densest[z] ?? 1));
  return share;
}

/** geojson-vt's tile key; its zoom is `key % 32`. */
export const toID = (z: number, x: number, y: number): number => ((1 << z) * y + x) * 32 + z;

/** The tile (x, y) holding a position at zoom z (web mercator, 512 px tiles as MapLibre's). */
export function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [Math.floor(((lon + 180) / 360) * n), Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n)];
}

/** Feature counts per tile (toID keys) of the zooms minzoom … maxzoom − 1. */
export function countPerTile(positions: Iterable<[number, number]>, o: OverviewOptions): Map<number, number> {
  const perTile = new Map<number, number>();
  for (const [lon, lat] of positions) {
    // The mercator position once per feature (as tileOf computes it), scaled per zoom: 200 000
    // features × 14 zooms of sin and log otherwise take most of a second on the page.
    const s = Math.sin((lat * Math.PI) / 180);
    const fx = (lon + 180) / 360;
    const fy = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
    for (let z = o.minzoom; z < o.maxzoom; z++) {
      const n = 2 ** z;
      const id = toID(z, Math.floor(fx * n), Math.floor(fy * n));
      perTile.set(id, (perTile.get(id) ?? 0) + 1);
    }
  }
  return perTile;
}

/** The zoom each feature is first drawn at (minzoom: at every zoom), and the zoom from which all are. */
export interface OverviewZooms {
  zooms: Uint8Array;
  completeFrom: number;
}

/**
 * For features given by id and first position, the zoom each is first drawn at under the shares
 * of `sharePerZoom`: the lowest zoom whose share its rank is below (maxzoom when none is).
 */
export function overviewZooms(features: readonly { id: string; position: [number, number] }[], o: OverviewOptions): OverviewZooms {
  const zooms = new Uint8Array(features.length).fill(o.minzoom);
  let completeFrom = o.minzoom;
  // No tile can hold more than there are: every feature at every zoom, without counting tiles.
  if (features.length <= o.maxFeatures) return { zooms, completeFrom };
  const share = sharePerZoom(
    countPerTile(
      features.map((f) => f.position),
      o,
    ),
    o,
  );
  features.forEach((f, i) => {
    const rank = rankOf(f.id);
    let z = o.minzoom;
    while (z < o.maxzoom && rank >= (share[z] ?? 1)) z++;
    zooms[i] = z;
    if (z > completeFrom) completeFrom = z;
  });
  return { zooms, completeFrom };
}
