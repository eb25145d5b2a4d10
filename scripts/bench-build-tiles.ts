/// <reference path="../bench/types/vt-pbf.d.ts" />
/**
 * Builds vector tiles from a directory of the app's GeoJSON (infrastructure/*.geojson) for the
 * millions-of-features path: a folder of z/x/y.pbf Mapbox Vector Tiles (one layer, "items") plus
 * metadata.json, which any static host can serve and MapLibre reads as a `vector` source.
 *
 *   npx tsx scripts/bench-build-tiles.ts --in bench/.work/slim-1000000 --out bench/.work/tiles-1000000 \
 *       [--minzoom 4] [--maxzoom 14] [--max-features 5000] [--workers 2] [--json result.json]
 *
 * (The pmtiles npm package only reads archives — it has no writer — so the output is a folder;
 * a folder converts to one .pmtiles file with the go-pmtiles CLI if one file is preferred.)
 *
 * How: geojson-vt slices the data; the pyramid is walked depth first and every tile is encoded
 * with vt-pbf, written, and dropped from geojson-vt's cache, so memory stays near the size of
 * the input. With --workers > 1 each worker thread reads and indexes the input, and takes the
 * z8 subtrees assigned to it (balanced by feature count); worker 0 also writes z < 8.
 *
 * Tiles keep only what the map draws and the panel heads with (id, name_ja, category, accuracy,
 * and one `project:<id>` key per project); the full records stay in the GeoJSON. Below the max
 * zoom a tile holding more than --max-features features keeps those of lowest rank (a hash of
 * the id; a feature kept in a tile is kept in its child tiles too): overview zooms draw a thinned
 * sample, as tippecanoe's --drop-densest-as-needed does; every feature is in the max-zoom tiles.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import vtpbf from 'vt-pbf';

export const TILE_LAYER = 'items';
/** Zoom at which the pyramid is split between workers. */
const SPLIT_Z = 8;
/** One tile in GZIP_SAMPLE is gzipped to estimate the gzip size of the whole set. */
const GZIP_SAMPLE = 8;

export interface TileBuildOptions {
  input: string;
  out: string;
  minzoom?: number;
  maxzoom?: number;
  maxFeatures?: number;
  workers?: number;
}

export interface TileBuildResult {
  features: number;
  tiles: number;
  tilesPerZoom: Record<number, number>;
  bytesPerZoom: Record<number, number>;
  droppedPerZoom: Record<number, number>;
  bytes: number;
  /** Estimated from a 1-in-8 sample of the tiles (gzip level 6). */
  gzipBytes: number;
  maxTileBytes: number;
  readMs: number;
  indexMs: number;
  tileMs: number;
  totalMs: number;
  workers: number;
  bounds: [number, number, number, number];
  minzoom: number;
  maxzoom: number;
}

interface Part {
  tiles: number;
  tilesPerZoom: Record<number, number>;
  bytesPerZoom: Record<number, number>;
  droppedPerZoom: Record<number, number>;
  bytes: number;
  sampleRaw: number;
  sampleGzip: number;
  maxTileBytes: number;
  features: number;
  bounds: [number, number, number, number];
  readMs: number;
  indexMs: number;
  tileMs: number;
}

/** FNV-1a of the id, as a number in [0, 1): the feature's rank for thinning. */
function rankOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

const toID = (z: number, x: number, y: number): number => ((1 << z) * y + x) * 32 + z;

function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [Math.floor(((lon + 180) / 360) * n), Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n)];
}

function firstPosition(c: unknown): [number, number] {
  let v = c;
  while (Array.isArray(v) && Array.isArray(v[0])) v = v[0];
  return v as [number, number];
}

/** Reads, indexes and writes this worker's share of the pyramid. */
function buildPart(o: Required<TileBuildOptions>, part: number, parts: number): Part {
  const t0 = performance.now();
  const dir = join(o.input, 'infrastructure');
  const features: Feature<Geometry, Record<string, string | number>>[] = [];
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const load = new Map<string, number>();
  const grow = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (x > bounds[2]) bounds[2] = x;
      if (y > bounds[3]) bounds[3] = y;
    } else for (const d of c as unknown[]) grow(d);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.geojson') && f !== 'unlocated.geojson').sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection<Geometry | null, Record<string, unknown>>;
    for (const f of fc.features) {
      if (!f.geometry || f.geometry.type === 'GeometryCollection') continue;
      const p = f.properties ?? {};
      grow(f.geometry.coordinates);
      const [lon, lat] = firstPosition(f.geometry.coordinates);
      const key = tileOf(lon, lat, SPLIT_Z).join('/');
      load.set(key, (load.get(key) ?? 0) + 1);
      const props: Record<string, string | number> = {
        id: String(p['id']),
        name_ja: String(p['name_ja']),
        category: String(p['category']),
        accuracy: String(p['accuracy']),
      };
      // One key per project (value 1): MVT stores each key and value once per tile, so this
      // costs ~2 bytes per project per feature, where a '|a|b|' string would cost its length
      // per distinct combination. A filter on project p is ['has', 'project:' + p].
      for (const id of (p['projects'] as string[] | undefined) ?? []) props[`project:${id}`] = 1;
      features.push({ type: 'Feature', geometry: f.geometry, properties: props });
    }
  }
  const readMs = performance.now() - t0;

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
  const index = new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom: o.maxzoom, indexMaxZoom: 0, tolerance: 3, extent: 4096, buffer: 64 });
  const total = features.length;
  features.length = 0;
  const cache = (index as unknown as { tiles: Record<number, unknown> }).tiles;
  const indexMs = performance.now() - t1;

  const t2 = performance.now();
  const res: Part = {
    tiles: 0, tilesPerZoom: {}, bytesPerZoom: {}, droppedPerZoom: {}, bytes: 0, sampleRaw: 0, sampleGzip: 0, maxTileBytes: 0,
    features: total, bounds, readMs, indexMs, tileMs: 0,
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
        if (z < o.maxzoom && feats.length > o.maxFeatures) {
          const ranked = feats.map((f) => ({ f, r: rankOf(String(f.tags?.['id'])) })).sort((a, b) => a.r - b.r);
          feats = ranked.slice(0, o.maxFeatures).map((e) => e.f);
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
  const o: Required<TileBuildOptions> = { minzoom: 4, maxzoom: 14, maxFeatures: 5000, workers: Math.min(2, cpus().length), ...opts };
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
            // bench/tile-worker.mjs registers tsx in the worker, then imports this module
            const w = new Worker(fileURLToPath(new URL('../bench/tile-worker.mjs', import.meta.url)), {
              workerData: { kind: 'bench-tiles', o, part, parts: o.workers },
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
    features: first.features, tiles: 0, tilesPerZoom: {}, bytesPerZoom: {}, droppedPerZoom: {}, bytes: 0, gzipBytes: 0, maxTileBytes: 0,
    readMs: Math.max(...parts.map((p) => p.readMs)), indexMs: Math.max(...parts.map((p) => p.indexMs)), tileMs: Math.max(...parts.map((p) => p.tileMs)),
    totalMs: 0, workers: parts.length, bounds: first.bounds, minzoom: o.minzoom, maxzoom: o.maxzoom,
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
  r.gzipBytes = sampleRaw ? Math.round((r.bytes * sampleGzip) / sampleRaw) : 0;
  r.totalMs = performance.now() - t0;
  writeFileSync(
    join(o.out, 'metadata.json'),
    `${JSON.stringify(
      {
        name: 'senkon-atlas bench items', format: 'pbf', layer: TILE_LAYER, minzoom: o.minzoom, maxzoom: o.maxzoom, bounds: r.bounds, features: r.features, tiles: r.tiles,
        vector_layers: [{ id: TILE_LAYER, fields: { id: 'String', name_ja: 'String', category: 'String', accuracy: 'String', 'project:<id>': 'Number' } }],
      },
      null,
      1,
    )}\n`,
  );
  return r;
}

if (!isMainThread && (workerData as { kind?: string } | null)?.kind === 'bench-tiles') {
  const d = workerData as { o: Required<TileBuildOptions>; part: number; parts: number };
  parentPort!.postMessage(buildPart(d.o, d.part, d.parts));
} else if (isMainThread && process.argv[1] && basename(process.argv[1]).startsWith('bench-build-tiles')) {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      minzoom: { type: 'string', default: '4' },
      maxzoom: { type: 'string', default: '14' },
      'max-features': { type: 'string', default: '5000' },
      workers: { type: 'string', default: String(Math.min(2, cpus().length)) },
      json: { type: 'string' },
    },
  });
  if (!values.in || !values.out) throw new Error('usage: bench-build-tiles --in <data dir> --out <tiles dir> [--minzoom 4] [--maxzoom 14] [--max-features 5000] [--workers 2] [--json result.json]');
  const r = await buildTiles({
    input: resolve(values.in),
    out: resolve(values.out),
    minzoom: Number(values.minzoom),
    maxzoom: Number(values.maxzoom),
    maxFeatures: Number(values['max-features']),
    workers: Number(values.workers),
  });
  if (values.json) writeFileSync(values.json, JSON.stringify(r));
  const mb = (b: number) => (b / 1e6).toFixed(1);
  console.log(
    `tiles: ${r.features} features → ${r.tiles} tiles (z${r.minzoom}–${r.maxzoom}), ${mb(r.bytes)} MB (≈ ${mb(r.gzipBytes)} MB gzip), largest ${(r.maxTileBytes / 1e3).toFixed(0)} KB; ` +
      `${(r.totalMs / 1000).toFixed(1)} s with ${r.workers} worker(s) (read ${(r.readMs / 1000).toFixed(1)} s, index ${(r.indexMs / 1000).toFixed(1)} s, tile ${(r.tileMs / 1000).toFixed(1)} s)`,
  );
}
