/**
 * Deterministic generator of benchmark data: N infrastructure features spread over the land of
 * Hokkaido, written as the app's data files (one FeatureCollection per located category, named
 * as in src/domain/data/files.ts), plus data/manifest.json ({"bbox": [w, s, e, n]}).
 *
 *   npx tsx bench/generate.ts --n 10000 --out bench/.work/data-10000 [--seed 1] [--bbox hokkaido|region|w,s,e,n] [--slim]
 *
 * Layout of --out:  infrastructure/*.geojson (8 category files + a copy of the real
 * unlocated.geojson), manifest.json, bench-meta.json (counts, sizes, click targets).
 *
 * Realism: 60 % points, 30 % lines (5–40 vertices), 10 % polygons (6–30 vertices); 55 % of
 * features cluster around towns (weighted by size), the rest are uniform over land; properties
 * are complete ItemProperties of the same size as the real records (≈ 0.5–1.5 KB of JSON each:
 * names of 6–20 characters, real project ids, real municipality codes, long geometry_basis and
 * sources). `--slim` keeps only what a map draws (id, name_ja, category, accuracy, projects,
 * municipalities, body) — the input of the vector-tile path at 1M features, where the full
 * records (≈ 1.3 GB) would live in per-item detail files, not in what the map loads.
 *
 * Same --n, --seed and --bbox give byte-identical files (seeded PRNG, no Date or Math.random).
 */
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Area, ItemProperties, LocatedCategory, Project, Source } from '../src/domain/types.ts';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { type MunicipalShapes, insideNamed, municipalityAt, shapesByCode } from '../src/domain/data/placement.ts';
import { LandMask, Rand, prng } from './random.ts';
import { BASIS_SENTENCES, LINE_CATS, PLACES, POINT_CATS, POLY_CATS, SEED_FILES, TOWNS, VOCAB } from './vocabulary.ts';
import { type BBox, HOKKAIDO_BBOX, INFRASTRUCTURE_FILES, INITIAL_BOUNDS, LOCATED_CATEGORIES, REGION_BBOX } from './shared.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Bump when the output changes, so cached data sets are regenerated. */
export const GENERATOR_VERSION = 5;

// ------------------------------------------------------------------ generation

export interface GenerateOptions {
  n: number;
  out: string;
  seed?: number;
  bbox?: BBox;
  slim?: boolean;
}

export interface ClickTarget {
  id: string;
  lon: number;
  lat: number;
  name_ja: string;
}

export interface GenerateMeta {
  version: number;
  n: number;
  seed: number;
  bbox: BBox;
  slim: boolean;
  counts: { points: number; lines: number; polygons: number; vertices: number; byCategory: Record<string, number> };
  files: Record<string, number>;
  totalBytes: number;
  /** Points inside the first view, in generation order: candidates for the click measurements. */
  targets: ClickTarget[];
  ms: number;
}

interface Tables {
  projects: Project[];
  municipalities: Area[];
}

function loadTables(): Tables {
  const projects = JSON.parse(readFileSync(join(ROOT, 'data', 'projects.json'), 'utf8')) as Project[];
  const areas = JSON.parse(readFileSync(join(ROOT, 'data', 'areas.json'), 'utf8')) as Area[];
  return { projects, municipalities: areas.filter((a) => a.level === 'municipality' && a.office) };
}

function loadMask(bbox: BBox): LandMask {
  const { ring } = JSON.parse(readFileSync(join(import.meta.dirname, 'hokkaido-land.json'), 'utf8')) as { ring: [number, number][] };
  return new LandMask(ring, bbox);
}

const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

/** The named towns if the geometry lies in them; else the town holding its first position; else none. */
function placedIn(coordinates: unknown, named: string[], shapes: MunicipalShapes): string[] {
  const g = geometryOf(coordinates);
  if (insideNamed(g, named, shapes)) return named;
  const first = (
    g.type === 'Point'
      ? g.coordinates
      : g.type === 'LineString'
        ? g.coordinates[0]
        : (g as { coordinates: Position[][] }).coordinates[0]![0]
  ) as Position;
  const home = municipalityAt(first, shapes);
  return home && insideNamed(g, [home], shapes) ? [home] : [];
}

function geometryOf(coordinates: unknown): Geometry {
  const depth = (c: unknown): number => (Array.isArray(c) ? 1 + depth(c[0]) : 0);
  const d = depth(coordinates);
  return (
    d === 1 ? { type: 'Point', coordinates } : d === 2 ? { type: 'LineString', coordinates } : { type: 'Polygon', coordinates }
  ) as Geometry;
}

/** Generates the data set into `out` and returns its meta (also written as out/bench-meta.json). */
export function generate(opts: GenerateOptions): GenerateMeta {
  const t0 = performance.now();
  const seed = opts.seed ?? 1;
  const bbox = opts.bbox ?? HOKKAIDO_BBOX;
  const slim = opts.slim ?? false;
  const rand = new Rand(prng(seed));
  // Everything only the full records have comes from a second stream, so `--slim` output is
  // the same features (ids, geometry, category, names …) as the full output, just fewer fields.
  const detail = new Rand(prng(seed ^ 0x5bd1e995));
  const mask = loadMask(bbox);
  const { projects, municipalities } = loadTables();
  const shapes = shapesByCode(
    JSON.parse(readFileSync(join(ROOT, 'data', 'basemap', 'municipalities.geojson'), 'utf8')) as FeatureCollection,
  );
  const towns = TOWNS.filter(([x, y]) => x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3]).map(
    ([x, y, w]) => [[x, y], w] as const,
  );
  const clampX = (x: number) => Math.min(bbox[2], Math.max(bbox[0], x));
  const clampY = (y: number) => Math.min(bbox[3], Math.max(bbox[1], y));

  const infraDir = join(opts.out, 'infrastructure');
  mkdirSync(infraDir, { recursive: true });
  const writers = new Map<LocatedCategory, { fd: number; buf: string[]; size: number; count: number; bytes: number }>();
  for (const c of LOCATED_CATEGORIES) {
    const fd = openSync(join(opts.out, INFRASTRUCTURE_FILES[c]), 'w');
    const head = '{"type":"FeatureCollection","features":[\n';
    writeSync(fd, head);
    writers.set(c, { fd, buf: [], size: 0, count: 0, bytes: Buffer.byteLength(head) });
  }
  const flush = (w: { fd: number; buf: string[]; size: number; bytes: number }) => {
    const s = w.buf.join('');
    writeSync(w.fd, s);
    w.bytes += Buffer.byteLength(s);
    w.buf = [];
    w.size = 0;
  };

  const counts = { points: 0, lines: 0, polygons: 0, vertices: 0, byCategory: {} as Record<string, number> };
  const targets: ClickTarget[] = [];
  const [tw, ts, te, tn] = INITIAL_BOUNDS;
  // Click targets sit in the left-middle of the first view (the panel covers the right).
  const inTargetArea = (x: number, y: number) =>
    x > tw + 0.25 * (te - tw) && x < tw + 0.55 * (te - tw) && y > ts + 0.25 * (tn - ts) && y < ts + 0.75 * (tn - ts);

  for (let i = 0; i < opts.n; i++) {
    const kind = rand.weighted([
      ['Point', 0.6],
      ['LineString', 0.3],
      ['Polygon', 0.1],
    ] as const);
    const category = rand.weighted(kind === 'Point' ? POINT_CATS : kind === 'LineString' ? LINE_CATS : POLY_CATS);
    const v = VOCAB[category];

    // anchor on land: clustered around a town, or uniform
    let anchor: [number, number] | null = null;
    if (towns.length && rand.chance(0.55)) {
      const [tx, ty] = rand.weighted(towns);
      for (let k = 0; k < 12 && !anchor; k++) {
        const x = tx + rand.normal() * 0.16;
        const y = ty + rand.normal() * 0.12;
        if (mask.isLand(x, y)) anchor = [x, y];
      }
    }
    anchor ??= mask.uniform(rand);
    // A cell of the land mask, or a town's cluster, can reach past the bbox: every position stays
    // inside it, or the app (which checks positions against the manifest's bbox) refuses the item.
    const [ax, ay] = [clampX(anchor[0]), clampY(anchor[1])];
    const kx = 1 / Math.cos((ay * Math.PI) / 180);

    let coordinates: unknown;
    if (kind === 'Point') {
      coordinates = [round6(ax), round6(ay)];
      counts.points++;
      counts.vertices++;
    } else if (kind === 'LineString') {
      const nv = rand.int(5, 40);
      let heading = rand.range(0, 2 * Math.PI);
      let x = ax;
      let y = ay;
      const line: [number, number][] = [];
      for (let k = 0; k < nv; k++) {
        line.push([round6(clampX(x)), round6(clampY(y))]);
        const step = rand.range(0.002, 0.008);
        heading += rand.normal() * 0.35;
        x += Math.cos(heading) * step * kx;
        y += Math.sin(heading) * step;
      }
      coordinates = line;
      counts.lines++;
      counts.vertices += nv;
    } else {
      const nv = rand.int(6, 30);
      const radius = rand.range(0.004, 0.03);
      const angles = Array.from({ length: nv }, () => rand.range(0, 2 * Math.PI)).sort((a, b) => a - b);
      const ring: [number, number][] = angles.map((a) => {
        const r = radius * rand.range(0.6, 1);
        return [round6(clampX(ax + Math.cos(a) * r * kx)), round6(clampY(ay + Math.sin(a) * r))];
      });
      ring.push([ring[0]![0], ring[0]![1]]);
      coordinates = [ring];
      counts.polygons++;
      counts.vertices += nv + 1;
    }

    // names
    const place = rand.pick(PLACES);
    const [suffix, suffixEn] = rand.pick(v.suffixes);
    let name = place[0] + suffix;
    let nameEn = `${place[1]} ${suffixEn}`;
    if (rand.chance(0.35) || name.length < 6) {
      const other = rand.pick(PLACES);
      name = `${place[0]}${other[0]}${suffix}`;
      nameEn = `${place[1]}-${other[1]} ${suffixEn}`;
    }
    while (name.length < 6) name += `第${rand.int(1, 9)}工区`;
    if (rand.chance(0.25) && name.length <= 14) name += `（${rand.pick(PLACES)[0]}地区）`;
    if (name.length > 20) name = name.slice(0, 20);

    const id = `b-${v.abbr}-${i.toString(36)}`;
    const nProjects = rand.weighted([
      [1, 0.45],
      [2, 0.3],
      [3, 0.15],
      [4, 0.1],
    ] as const);
    const projectIds = new Set<string>();
    while (projectIds.size < nProjects) projectIds.add(rand.pick(projects).id);
    const nearest = municipalities
      .map((m) => ({ m, d: Math.hypot((m.office![0] - ax) / kx, m.office![1] - ay) }))
      .sort((a, b) => a.d - b.d);
    const near = nearest[0]!.d < 0.6 ? [nearest[0]!.m.id, ...(rand.chance(0.15) ? [nearest[1]!.m.id] : [])] : [];
    // The app checks an item against the official polygons of the towns it names (placement.ts):
    // the nearest office may be a neighbour's. Slim output (tiles, never validated) skips it.
    const munis = slim || near.length === 0 ? near : placedIn(coordinates, near, shapes);
    const accuracy =
      kind === 'Point'
        ? rand.weighted([
            ['exact', 0.6],
            ['representative-point', 0.4],
          ] as const)
        : rand.weighted([
            ['approximate', 0.85],
            ['exact', 0.15],
          ] as const);
    const body = rand.chance(0.55) ? 'kuni' : 'do';

    let properties: Record<string, unknown>;
    if (slim) {
      properties = { id, name_ja: name, category, accuracy, projects: [...projectIds], municipalities: munis, body };
    } else {
      const basisTarget = Math.min(700, Math.max(60, Math.round(Math.exp(detail.normal() * 0.6 + Math.log(280)))));
      let basis = '';
      while (basis.length < basisTarget) basis += detail.pick(BASIS_SENTENCES)(detail, detail.pick(PLACES)[0], name);
      const sources: Source[] = [...projectIds].slice(0, detail.int(1, Math.max(1, projectIds.size))).map((pid) => {
        const p = projects.find((x) => x.id === pid)!;
        const num = p.numbers.map((s) => s.replace('-', '－')).join('、');
        const src: Source = {
          file: detail.pick(SEED_FILES),
          section: `Ⅲ 地域重点プロジェクト ${num} ${p.name_ja}（２/２） 【主な基盤整備】 ○ ${v.label}`,
        };
        if (detail.chance(0.5)) src.note = `・${name}の${detail.pick(v.work)}`;
        return src;
      });
      const props: ItemProperties = {
        id,
        name_ja: name,
        ...(detail.chance(0.4) ? { name_en: nameEn } : {}),
        category,
        work_ja: detail.pick(v.work),
        body,
        body_basis: detail.chance(0.6) ? 'project-promoter' : 'printed',
        ...(detail.chance(0.4) ? { program_ja: detail.pick(v.programs) } : {}),
        projects: [...projectIds],
        municipalities: munis,
        accuracy,
        represents_ja:
          kind === 'Point'
            ? `${v.label}施設の位置（${place[0]}付近の代表点）`
            : kind === 'LineString'
              ? `事業区間（${place[0]}〜${detail.pick(PLACES)[0]}、延長${detail.range(0.5, 30).toFixed(1)}km）の概略線`
              : `${place[0]}地区の事業区域（概略）`,
        geometry_basis: basis,
        sources,
      };
      properties = props as unknown as Record<string, unknown>;
    }

    if (kind === 'Point' && targets.length < 400 && inTargetArea(ax, ay))
      targets.push({ id, lon: round6(ax), lat: round6(ay), name_ja: name });
    counts.byCategory[category] = (counts.byCategory[category] ?? 0) + 1;

    const w = writers.get(category)!;
    const json = JSON.stringify({ type: 'Feature', geometry: { type: kind, coordinates }, properties });
    w.buf.push(w.count === 0 ? json : `,\n${json}`);
    w.count++;
    w.size += json.length;
    if (w.size > 4_000_000) flush(w);
  }

  const files: Record<string, number> = {};
  let totalBytes = 0;
  for (const [c, w] of writers) {
    w.buf.push('\n]}\n');
    flush(w);
    closeSync(w.fd);
    files[INFRASTRUCTURE_FILES[c]] = w.bytes;
    totalBytes += w.bytes;
  }
  // The unlocated items are kept as they are (they are never drawn); the app expects the file.
  copyFileSync(join(ROOT, 'data', 'infrastructure', 'unlocated.geojson'), join(infraDir, 'unlocated.geojson'));
  writeFileSync(join(opts.out, 'manifest.json'), `${JSON.stringify({ bbox })}\n`);
  const meta: GenerateMeta = {
    version: GENERATOR_VERSION,
    n: opts.n,
    seed,
    bbox,
    slim,
    counts,
    files,
    totalBytes,
    targets,
    ms: Math.round(performance.now() - t0),
  };
  writeFileSync(join(opts.out, 'bench-meta.json'), `${JSON.stringify(meta, null, 1)}\n`);
  return meta;
}

/** `hokkaido` | `region` | `w,s,e,n` */
export function parseBBox(s: string | undefined): BBox {
  if (!s || s === 'hokkaido') return HOKKAIDO_BBOX;
  if (s === 'region') return REGION_BBOX;
  const v = s.split(',').map(Number);
  if (v.length !== 4 || v.some((x) => !Number.isFinite(x))) throw new Error(`--bbox: expected hokkaido, region or w,s,e,n (got ${s})`);
  return v as BBox;
}

/** Reads out/bench-meta.json if it describes the same data set (so callers can skip regenerating). */
export function cachedMeta(out: string, o: { n: number; seed: number; bbox: BBox; slim: boolean }): GenerateMeta | null {
  try {
    const m = JSON.parse(readFileSync(join(out, 'bench-meta.json'), 'utf8')) as GenerateMeta;
    return m.version === GENERATOR_VERSION && m.n === o.n && m.seed === o.seed && m.slim === o.slim && m.bbox.join() === o.bbox.join()
      ? m
      : null;
  } catch {
    return null;
  }
}

if (process.argv[1] && basename(process.argv[1]).startsWith('generate')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      bbox: { type: 'string' },
      slim: { type: 'boolean', default: false },
    },
  });
  const n = Number(values.n);
  const out = resolve(values.out ?? join(import.meta.dirname, '.work', `data-${n}`));
  const meta = generate({ n, out, seed: Number(values.seed), bbox: parseBBox(values.bbox), slim: values.slim });
  console.log(
    `${out}: ${meta.n} features (${meta.counts.points} points, ${meta.counts.lines} lines, ${meta.counts.polygons} polygons, ${meta.counts.vertices} vertices), ${(meta.totalBytes / 1e6).toFixed(1)} MB in ${meta.ms} ms`,
  );
}
