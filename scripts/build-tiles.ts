/**
 * Builds vector tiles of the infrastructure items: a folder of z/x/y.pbf Mapbox Vector Tiles
 * (one layer, "items") plus metadata.json, which any static host or CDN serves and MapLibre
 * reads as a `vector` source. The app draws from them when data/manifest.json names them
 * ("tiles"), so a browser loads only what is in view however large the data is.
 *
 *   npm run build-tiles                       # data/ → data/tiles/ and data/manifest.json
 *   npx tsx scripts/build-tiles.ts --data data [--infrastructure other/infrastructure-dir] \
 *       [--out data/tiles] [--manifest data/manifest.json] [--minzoom 4] [--maxzoom 14] \
 *       [--max-features 1000] [--workers 2] [--json result.json]
 *   npx tsx scripts/build-tiles.ts --slim --in <dir with infrastructure/> --out <tiles dir>   # bench's 1M page
 *
 * Properties: by default the app's own (`itemFeature` of src/domain/map-features.ts: id,
 * category, names, accuracy and the encoded facets the filter expressions test), computed from
 * the validated dataset, so every filter, click and highlight works as on GeoJSON. `--slim`
 * keeps id, name_ja, category, accuracy and one `project:<id>` key per project, read straight
 * from the files (the bench's 1M page, whose data is too large to validate in one process).
 *
 * (The pmtiles npm package only reads archives — it has no writer — so the output is a folder;
 * a folder converts to one .pmtiles file with the go-pmtiles CLI if one file is preferred.)
 *
 * How: geojson-vt slices the data; the pyramid is walked depth first and every tile is encoded
 * with vt-pbf, written, and dropped from geojson-vt's cache, so memory stays near the size of
 * the input. With --workers > 1 each worker thread reads and indexes the input, and takes the
 * z8 subtrees assigned to it (balanced by feature count); worker 0 also writes z < 8.
 *
 * Below the max zoom the features are thinned by rank (a hash of the id) to one share per zoom:
 * the share that leaves --max-features in the zoom's densest tile. Every tile of a zoom keeps the
 * same share, so the sample's density follows the data's (a per-tile cap would draw sparse
 * tiles more densely than busy ones, a visible seam at tile edges), and since a child tile holds
 * no more than its parent the share only grows with zoom: a feature drawn at one zoom is drawn at
 * every deeper one. The manifest records from which zoom every feature is drawn (the app says so
 * on the map below it).
 *
 * Why 1 000 a tile: a view holds four to six tiles, so up to 6 000 features, more than a view can
 * show apart; and MapLibre's re-filtering and drawing follow the count. At 100k items a filter
 * change (re-laying out and drawing the tiles in view, in software GL) took 145–155 ms (narrowing)
 * and 144–165 ms (widening) with 2 000, 134–141 and 125–135 ms with 1 000 (medians of 24 changes
 * in each of two runs).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { TileSet } from '../src/domain/data/manifest.ts';
import { firstPosition } from '../src/domain/import/positions.ts';
import { MANIFEST_FILE } from '../src/domain/data/files.ts';
import { type TileFeature, appFeatures, slimFeatures, thin } from './tile-features.ts';
import { MAX_FEATURES_PER_TILE, countPerTile, sharePerZoom, tileOf, toID } from '../src/domain/overview.ts';

export const TILE_LAYER = 'items';
/** Zoom at which the pyramid is split between workers. */
const SPLIT_Z = 8;
/** One tile in GZIP_SAMPLE is gzipped to estimate the gzip size of the whole set. */
const GZIP_SAMPLE = 8;

export interface TileBuildOptions {
  /** The data directory (the app's layout: areas.json … infrastructure/). */
  input: string;
  /** Read infrastructure/*.geojson from here instead of input/infrastructure (e.g. generated data). */
  infrastructure?: string;
  /** The manifest whose bbox the items are checked against (default input/manifest.json). */
  manifest?: string;
  /** Slim properties read from the files, without validation (see the header). */
  slim?: boolean;
  out: string;
  minzoom?: number;
  maxzoom?: number;
  maxFeatures?: number;
  workers?: number;
}

/** What a build (or one worker's share of it) made and how long it took. */
interface Tally {
  features: number;
  points: number;
  tiles: number;
  tilesPerZoom: Record<number, number>;
  bytesPerZoom: Record<number, number>;
  droppedPerZoom: Record<number, number>;
  bytes: number;
  maxTileBytes: number;
  bounds: [number, number, number, number];
  readMs: number;
  indexMs: number;
  tileMs: number;
}

export interface TileBuildResult extends Tally {
  /** Estimated from a 1-in-8 sample of the tiles (gzip level 6). */
  gzipBytes: number;
  totalMs: number;
  workers: number;
  minzoom: number;
  maxzoom: number;
  /** The first zoom at which no tile dropped a feature. */
  completeFrom: number;
}

interface Part extends Tally {
  sampleRaw: number;
  sampleGzip: number;
}

/** Reads, indexes and writes this worker's share of the pyramid. */
function buildPart(o: Required<TileBuildOptions>, part: number, parts: number): Part {
  const t0 = performance.now();
  const dir = o.infrastructure || join(o.input, 'infrastructure');
  const features: TileFeature[] = [];
  let points = 0;
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const load = new Map<string, number>();
  const positions: [number, number][] = [];
  const grow = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (x > bounds[2]) bounds[2] = x;
      if (y > bounds[3]) bounds[3] = y;
    } else for (const d of c as unknown[]) grow(d);
  };
  for (const f of o.slim ? slimFeatures(dir) : appFeatures(o)) {
    if (f.geometry.type === 'GeometryCollection') continue;
    grow(f.geometry.coordinates);
    // Validated geometry (collections are skipped above): it always has a position.
    const [lon, lat] = firstPosition(f.geometry.coordinates)!;
    const key = tileOf(lon, lat, SPLIT_Z).join('/');
    load.set(key, (load.get(key) ?? 0) + 1);
    positions.push([lon, lat]);
    if (f.geometry.type === 'Point') points++;
    features.push(f);
  }
  const readMs = performance.now() - t0;
  const share = sharePerZoom(countPerTile(positions, o), o);

  // Split-zoom subtrees to workers: largest first, each to the least loaded worker. Every worker
  // computes the same assignment from the same input.
  const owner = new Map<string, number>();
  const loads = new Array<number>(parts).fill(0);
  for (const [key, n] of [...load].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const k = loads.indexOf(Math.min(...loads));
    owner.set(key, k);
    loads[k]! += n;
  }

  const t1 = performance.now();
  const index = new GeoJSONVT(
    { type: 'FeatureCollection', features },
    { maxZoom: o.maxzoom, indexMaxZoom: 0, tolerance: 3, extent: 4096, buffer: 64 },
  );
  const total = features.length;
  features.length = 0;
  const cache = (index as unknown as { tiles: Record<number, unknown> }).tiles;
  const indexMs = performance.now() - t1;

  const t2 = performance.now();
  const res: Part = {
    tiles: 0,
    tilesPerZoom: {},
    bytesPerZoom: {},
    droppedPerZoom: {},
    bytes: 0,
    sampleRaw: 0,
    sampleGzip: 0,
    maxTileBytes: 0,
    features: total,
    points,
    bounds,
    readMs,
    indexMs,
    tileMs: 0,
  };
  const madeDirs = new Set<string>();
  const visit = (z: number, x: number, y: number): void => {
    const mine = z < SPLIT_Z ? null : z === SPLIT_Z ? (owner.get(`${x}/${y}`) ?? (x + y) % parts) === part : true;
    if (mine === false) {
      delete cache[toID(z, x, y)];
      return;
    }
    const raw = index.getTileRaw(z, x, y);
    if (raw && raw.features.length > 0) {
      if (z >= o.minzoom && (mine === true || part === 0)) {
        const tile = index.getTile(z, x, y) as LegacyTile;
        let feats = tile.features;
        if (z < o.maxzoom) {
          feats = thin(feats, share[z] ?? 1, o.maxFeatures);
          if (feats.length < tile.features.length)
            res.droppedPerZoom[z] = (res.droppedPerZoom[z] ?? 0) + (tile.features.length - feats.length);
        }
        const pbf = vtpbf.fromGeojsonVt({ [TILE_LAYER]: { features: feats } }, { version: 2, extent: 4096 });
        const d = join(o.out, String(z), String(x));
        if (!madeDirs.has(d)) {
          mkdirSync(d, { recursive: true });
          madeDirs.add(d);
        }
        writeFileSync(join(d, `${y}.pbf`), pbf);
        if ((x + y + z) % GZIP_SAMPLE === 0) {
          res.sampleRaw += pbf.byteLength;
          res.sampleGzip += gzipSync(pbf).byteLength;
        }
        res.tiles++;
        res.tilesPerZoom[z] = (res.tilesPerZoom[z] ?? 0) + 1;
        res.bytesPerZoom[z] = (res.bytesPerZoom[z] ?? 0) + pbf.byteLength;
        res.bytes += pbf.byteLength;
        res.maxTileBytes = Math.max(res.maxTileBytes, pbf.byteLength);
      }
      if (z < o.maxzoom) {
        visit(z + 1, 2 * x, 2 * y);
        visit(z + 1, 2 * x + 1, 2 * y);
        visit(z + 1, 2 * x, 2 * y + 1);
        visit(z + 1, 2 * x + 1, 2 * y + 1);
      }
    }
    delete cache[toID(z, x, y)];
  };
  visit(0, 0, 0);
  res.tileMs = performance.now() - t2;
  return res;
}

const addTo = (a: Record<number, number>, b: Record<number, number>) => {
  for (const [k, v] of Object.entries(b)) a[Number(k)] = (a[Number(k)] ?? 0) + v;
};

export async function buildTiles(opts: TileBuildOptions): Promise<TileBuildResult> {
  const o: Required<TileBuildOptions> = {
    infrastructure: '',
    manifest: '',
    slim: false,
    minzoom: 4,
    maxzoom: 14,
    maxFeatures: MAX_FEATURES_PER_TILE,
    workers: Math.min(2, cpus().length),
    ...opts,
  };
  const t0 = performance.now();
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  let parts: Part[];
  if (o.workers <= 1) parts = [buildPart(o, 0, 1)];
  else {
    parts = await Promise.all(
      Array.from(
        { length: o.workers },
        (_, part) =>
          new Promise<Part>((ok, fail) => {
            // build-tiles.worker.mjs registers tsx in the worker, then imports this module
            const w = new Worker(fileURLToPath(new URL('./build-tiles.worker.mjs', import.meta.url)), {
              workerData: { kind: 'build-tiles', o, part, parts: o.workers },
              resourceLimits: { maxOldGenerationSizeMb: 8192 },
            });
            w.once('message', (m: Part) => ok(m));
            w.once('error', fail);
            w.once('exit', (code) => code !== 0 && fail(new Error(`tile worker ${part} exited with ${code}`)));
          }),
      ),
    );
  }
  const first = parts[0]!;
  const r: TileBuildResult = {
    features: first.features,
    tiles: 0,
    tilesPerZoom: {},
    bytesPerZoom: {},
    droppedPerZoom: {},
    bytes: 0,
    gzipBytes: 0,
    maxTileBytes: 0,
    readMs: Math.max(...parts.map((p) => p.readMs)),
    indexMs: Math.max(...parts.map((p) => p.indexMs)),
    tileMs: Math.max(...parts.map((p) => p.tileMs)),
    totalMs: 0,
    workers: parts.length,
    bounds: first.bounds,
    minzoom: o.minzoom,
    maxzoom: o.maxzoom,
    completeFrom: o.minzoom,
    points: first.points,
  };
  let sampleRaw = 0;
  let sampleGzip = 0;
  for (const p of parts) {
    r.tiles += p.tiles;
    r.bytes += p.bytes;
    r.maxTileBytes = Math.max(r.maxTileBytes, p.maxTileBytes);
    addTo(r.tilesPerZoom, p.tilesPerZoom);
    addTo(r.bytesPerZoom, p.bytesPerZoom);
    addTo(r.droppedPerZoom, p.droppedPerZoom);
    sampleRaw += p.sampleRaw;
    sampleGzip += p.sampleGzip;
  }
  const dropped = Object.keys(r.droppedPerZoom).map(Number);
  r.completeFrom = dropped.length ? Math.max(...dropped) + 1 : o.minzoom;
  r.gzipBytes = sampleRaw ? Math.round((r.bytes * sampleGzip) / sampleRaw) : 0;
  r.totalMs = performance.now() - t0;
  writeFileSync(
    join(o.out, 'metadata.json'),
    `${JSON.stringify(
      {
        name: 'senkon-atlas items',
        format: 'pbf',
        layer: TILE_LAYER,
        minzoom: o.minzoom,
        maxzoom: o.maxzoom,
        complete_from: r.completeFrom,
        bounds: r.bounds,
        features: r.features,
        tiles: r.tiles,
        vector_layers: [
          {
            id: TILE_LAYER,
            fields: o.slim
              ? { id: 'String', name_ja: 'String', category: 'String', accuracy: 'String', 'project:<id>': 'Number' }
              : { id: 'String', category: 'String', name_ja: 'String', name_en: 'String', accuracy: 'String', 'f_<facet>': 'String' },
          },
        ],
      },
      null,
      1,
    )}\n`,
  );
  return r;
}

/** The manifest entry for tiles written to `out`, with the URL relative to the data directory. */
export function tileSetOf(r: TileBuildResult, dataDir: string, out: string): TileSet {
  const rel = relative(dataDir, out).split(sep).join('/');
  return {
    url: `${rel}/{z}/{x}/{y}.pbf`,
    layer: TILE_LAYER,
    minzoom: r.minzoom,
    maxzoom: r.maxzoom,
    complete_from: r.completeFrom,
    features: r.features,
    points: r.points,
    bounds: r.bounds,
  };
}

/** Adds (or replaces) "tiles" in a manifest file, keeping what else it says. */
export function writeManifest(file: string, tiles: TileSet): void {
  let manifest: Record<string, unknown> = {};
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // No manifest yet (or an unreadable one, which `npm run validate` reports): start afresh.
  }
  writeFileSync(file, `${JSON.stringify({ ...manifest, tiles }, null, 2)}\n`);
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'build-tiles') {
  const d = workerData as { o: Required<TileBuildOptions>; part: number; parts: number };
  parentPort!.postMessage(buildPart(d.o, d.part, d.parts));
} else if (isMainThread && process.argv[1] && basename(process.argv[1]).startsWith('build-tiles')) {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'data' },
      in: { type: 'string' },
      infrastructure: { type: 'string' },
      slim: { type: 'boolean', default: false },
      out: { type: 'string' },
      manifest: { type: 'string' },
      minzoom: { type: 'string', default: '4' },
      maxzoom: { type: 'string', default: '14' },
      'max-features': { type: 'string', default: String(MAX_FEATURES_PER_TILE) },
      workers: { type: 'string', default: String(Math.min(2, cpus().length)) },
      json: { type: 'string' },
    },
  });
  const input = resolve(values.in ?? values.data);
  const out = resolve(values.out ?? join(input, 'tiles'));
  const manifest = resolve(values.manifest ?? join(input, MANIFEST_FILE));
  const r = await buildTiles({
    input,
    manifest,
    infrastructure: values.infrastructure ? resolve(values.infrastructure) : '',
    slim: values.slim,
    out,
    minzoom: Number(values.minzoom),
    maxzoom: Number(values.maxzoom),
    maxFeatures: Number(values['max-features']),
    workers: Number(values.workers),
  });
  if (values.json) writeFileSync(values.json, JSON.stringify(r));
  if (!values.slim) {
    writeManifest(manifest, tileSetOf(r, dirname(manifest), out));
    console.log(`${manifest}: tiles → ${relative(dirname(manifest), out)}`);
  }
  const mb = (b: number) => (b / 1e6).toFixed(1);
  console.log(
    `tiles: ${r.features} features → ${r.tiles} tiles (z${r.minzoom}–${r.maxzoom}, every feature from z${r.completeFrom}), ${mb(r.bytes)} MB (≈ ${mb(r.gzipBytes)} MB gzip), largest ${(r.maxTileBytes / 1e3).toFixed(0)} KB; ` +
      `${(r.totalMs / 1000).toFixed(1)} s with ${r.workers} worker(s) (read ${(r.readMs / 1000).toFixed(1)} s, index ${(r.indexMs / 1000).toFixed(1)} s, tile ${(r.tileMs / 1000).toFixed(1)} s)`,
  );
}
