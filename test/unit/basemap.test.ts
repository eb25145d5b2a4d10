import { readFileSync, readdirSync } from 'node:fs';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES } from '../../src/domain/data/files.ts';
import { BASEMAP_TILE_ZOOMS, HOKKAIDO_TILE_ZOOMS, MAX_BOUNDS, MIN_ZOOM } from '../../src/map/layers/basemap.ts';
import { DATA_DIR } from '../load-data.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as FeatureCollection & { attribution?: string };
const labels = read(BASEMAP_FILES.labels);
const municipalities = read(BASEMAP_FILES.municipalities);
const N03 = '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成';

/** A feature of a tile: its properties, and its rings or lines in tile units and in degrees. */
interface TileFeature {
  z: number;
  properties: Record<string, unknown>;
  tileLines: { x: number; y: number }[][];
  geometry: Feature['geometry'];
}
const EXTENT = 4096;
/** Every feature of a layer in data/basemap/<set>/{z}/{x}/{y}.pbf, from the given zooms. */
function tileFeatures(set: string, layer: string, zooms?: number[]): TileFeature[] {
  const dir = join(DATA_DIR, 'basemap', set);
  const out: TileFeature[] = [];
  for (const z of readdirSync(dir).map(Number)) {
    if (zooms && !zooms.includes(z)) continue;
    for (const x of readdirSync(join(dir, String(z))).map(Number))
      for (const f of readdirSync(join(dir, String(z), String(x)))) {
        const y = Number(f.replace('.pbf', ''));
        const l = new VectorTile(new PbfReader(readFileSync(join(dir, String(z), String(x), f)))).layers[layer];
        for (let i = 0; l && i < l.length; i++) {
          const feature = l.feature(i);
          out.push({
            z,
            properties: feature.properties,
            tileLines: feature.loadGeometry(),
            geometry: feature.toGeoJSON(x, y, z).geometry,
          });
        }
      }
  }
  return out;
}
const hokkaidoLand = tileFeatures('hokkaido', 'land');
const kindsAt = (fs: TileFeature[], zooms: number[]) =>
  [...new Set(fs.filter((f) => zooms.includes(f.z)).map((f) => `${String(f.properties['kind'])}/${String(f.properties['lod'])}`))].sort();

const rings = (f: { geometry: Feature['geometry'] }) =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []).flat();
const km = (a: Position, b: Position) => Math.hypot((a[0]! - b[0]!) * 81.0, (a[1]! - b[1]!) * 111.0);
const [[west, south], [east, north]] = MAX_BOUNDS;
const inView = (p: Position) => p[0]! > west && p[0]! < east && p[1]! > south && p[1]! < north;
/** An edge along the tile's clip line (its extent plus the buffer), which MapLibre never draws. */
const onTileClip = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  [a.x, b.x].every((v) => v <= 0 || v >= EXTENT) && a.x === b.x ? true : [a.y, b.y].every((v) => v <= 0 || v >= EXTENT) && a.y === b.y;

describe('offline basemap (data/basemap, built by scripts/build-basemap.ts)', () => {
  it('credits N03 in every GeoJSON file, and its README', () => {
    for (const fc of [labels, municipalities]) expect(fc.attribution).toContain(N03);
    expect(readFileSync(join(DATA_DIR, 'basemap', 'README.md'), 'utf8')).toContain(N03);
  });

  it('has no straight clipped edge anywhere the camera can go (the old window clipped at 142.6°E and 42.3°N)', () => {
    const straight: string[] = [];
    // N03's land, and every clip edge of the land beyond (the OSM source's own blocky lake and
    // Sakhalin edges are not clip edges: see the README's limits). Edges along a tile's own clip
    // line are not drawn.
    for (const f of hokkaidoLand) {
      const n03 = f.properties['source'] === 'N03';
      const lines = f.tileLines;
      const geo = rings(f);
      if (geo.length !== lines.length) continue;
      lines.forEach((line, r) => {
        const ring = geo[r]!;
        for (let i = 1; i < line.length && i < ring.length; i++) {
          if (onTileClip(line[i - 1]!, line[i]!)) continue;
          const [a, b] = [ring[i - 1]!, ring[i]!];
          // Snapped to the tile's grid, a nearly straight coast of a few km comes out exactly level
          // (N03 has such edges, 3.5 km at 函館 off by 0.0002°): only an edge over 10 km and 40 grid
          // units counts; the old window's clip lines ran for hundreds of km.
          const [p, q] = [line[i - 1]!, line[i]!];
          const axis = (p.x === q.x || p.y === q.y) && Math.hypot(p.x - q.x, p.y - q.y) > 40;
          const clipEdge = [135, 154].some((v) => Math.abs(a[0]! - v) < 0.01) || [38, 49].some((v) => Math.abs(a[1]! - v) < 0.01);
          if (axis && km(a, b) > 10 && (n03 || clipEdge) && (inView(a) || inView(b)))
            straight.push(`z${f.z} ${String(f.properties['lod'])} ${a.join()} → ${b.join()}`);
        }
      });
    }
    expect(straight).toEqual([]);
  });

  it('draws the land zoomed out and zoomed in, lakes, and the land beyond Hokkaido', () => {
    expect(kindsAt(hokkaidoLand, [4, 5, 6])).toEqual(['lake/all', 'land/all', 'land/low']);
    expect(kindsAt(hokkaidoLand, [7, 8])).toEqual(['lake/all', 'land/all', 'land/rest']);
    // 屈斜路湖, 摩周湖, 阿寒湖 are water.
    const lakes = hokkaidoLand.filter((f) => f.z === 8 && f.properties['kind'] === 'lake');
    for (const p of [
      [144.33, 43.62],
      [144.535, 43.58],
      [144.1, 43.455],
    ])
      expect(
        lakes.some((l) => booleanPointInPolygon(p, l.geometry as Polygon | MultiPolygon)),
        String(p),
      ).toBe(true);
  });

  it('has municipal and 振興局 boundaries zoomed out and outside the region', () => {
    const lines = tileFeatures('hokkaido', 'boundaries');
    expect(kindsAt(lines, [4, 5, 6])).toEqual(['municipality/low', 'subprefecture/low']);
    expect(kindsAt(lines, [7, 8])).toEqual(['municipality/rest', 'subprefecture/rest']);
  });

  it('labels every municipality inside its own polygon, and the 14 振興局', () => {
    const shapes = new Map(municipalities.features.map((f) => [f.properties?.['code'], f as Feature<Polygon | MultiPolygon>]));
    const munis = labels.features.filter((f) => f.properties?.['kind'] === 'municipality');
    expect(munis).toHaveLength(19);
    for (const l of munis)
      expect(
        booleanPointInPolygon(l.geometry.type === 'Point' ? l.geometry.coordinates : [0, 0], shapes.get(l.properties?.['code'])!),
        l.properties?.['name_ja'] as string | undefined,
      ).toBe(true);
    expect(labels.features.filter((f) => f.properties?.['kind'] === 'subprefecture')).toHaveLength(14);
  });

  it('has the region’s full-resolution tiles from the detail zoom, and all of Hokkaido’s from the minimum zoom', () => {
    const zooms = (set: string) =>
      readdirSync(join(DATA_DIR, 'basemap', set))
        .map(Number)
        .sort((a, b) => a - b);
    expect(zooms('tiles')).toEqual([BASEMAP_TILE_ZOOMS[0], 8, 9, 10, 11, BASEMAP_TILE_ZOOMS[1]]);
    expect(zooms('hokkaido')).toEqual([HOKKAIDO_TILE_ZOOMS[0], 5, 6, 7, HOKKAIDO_TILE_ZOOMS[1]]);
    expect(Math.floor(MIN_ZOOM)).toBe(HOKKAIDO_TILE_ZOOMS[0]);
  });

  it('keeps the GeoJSON fetched at start within 300 KB gzip (the tiles in view take the rest of the 400 KB)', () => {
    const bytes = Object.values(BASEMAP_FILES).reduce((s, f) => s + gzipSync(readFileSync(join(DATA_DIR, f))).length, 0);
    expect(bytes).toBeLessThan(300_000);
  });
});
