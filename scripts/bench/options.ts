/** The bench's command line and the constants every part shares (parsed once, on import). */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBBox } from '../../bench/generate.ts';
import { type BBox, type Leg, flightFor } from '../../bench/shared.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH = join(ROOT, 'bench');
export const WORK = join(BENCH, '.work');
export const VIEWPORT = { width: 1280, height: 800 };
export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** Bump when tiles-<n>/ should be rebuilt. */
export const TILES_VERSION = 3;

export const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    tiles: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    reps: { type: 'string' },
    'load-runs': { type: 'string' },
    bbox: { type: 'string', default: 'hokkaido' },
    'tiles-bbox': { type: 'string', default: 'hokkaido' },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results' },
    'skip-peer': { type: 'boolean', default: false },
    control: { type: 'boolean' },
    'no-control': { type: 'boolean', default: false },
    'app-tiles': { type: 'boolean' },
    'no-app-tiles': { type: 'boolean', default: false },
    'skip-app-geojson': { type: 'boolean', default: false },
    'skip-real-data': { type: 'boolean', default: false },
    'skip-tour': { type: 'boolean', default: false },
    'skip-basemap': { type: 'boolean', default: false },
    import: { type: 'string' },
    report: { type: 'string' },
    'profile-size': { type: 'string' },
  },
});
export const smoke = args.smoke;
export const sizes = (args.sizes ?? (smoke ? '1000' : '1000,10000,100000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
export const tilesN = Number(args.tiles ?? (smoke ? '0' : '1000000'));
/** Also run the minimal MapLibre page on the same GeoJSON (what MapLibre costs without the app). */
export const control = !args['no-control'] && (args.control ?? !smoke);
/** Also run the app on tiles of the same data (the configuration for large data). */
export const oursTiles = !args['no-app-tiles'] && (args['app-tiles'] ?? !smoke);
/** The app on its own data next to the control and Leaflet (the everyday case), and the tour walk. */
export const realData = !args['skip-real-data'];
export const tourWalkOn = !args['skip-tour'];
/** The basemap's cost: first render with and without it (scripts/bench/basemap.ts). */
export const basemapOn = !args['skip-basemap'];
/** Points in the large-import case (a generated CSV picked in the app on its own data); 0 leaves it out. */
export const importN = Number(args.import ?? (smoke ? '10000' : '200000'));
export const reps = Number(args.reps ?? (smoke ? 3 : 11));
export const loadRuns = Number(args['load-runs'] ?? (smoke ? 1 : 3));
export const bbox = parseBBox(args.bbox);
export const tilesBBox: BBox = parseBBox(args['tiles-bbox']);
export const flight: readonly Leg[] = flightFor(bbox, smoke);
export const seed = Number(args.seed);
export const dist = resolve(ROOT, args.dist);
export const outDir = resolve(ROOT, args.out);

/** Per-operation time limit: generous, a slow app should be measured, not killed (scales with size). */
export const limitFor = (n: number) => Math.max(60_000, Math.min(600_000, n * 4));
