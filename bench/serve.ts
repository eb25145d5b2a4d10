/**
 * A small static file server for the bench, on 127.0.0.1 only, without compression (what the
 * browser downloads is what is on disk), with the content types the pages need.
 *
 * Mounts map a URL prefix to a directory or a file; the longest matching prefix wins and a
 * miss in a more specific mount does NOT fall through (so a mount of generated
 * `…/data/infrastructure/` replaces the built one entirely).
 *
 *   npx tsx bench/serve.ts --n 10000 [--data bench/.work/data-10000] [--dist dist] [--port 4180]
 *     serves the built app (dist/) with the generated data (default bench/.work/data-<n>/) at
 *     http://127.0.0.1:4180/app/ and the Leaflet peer at http://127.0.0.1:4180/leaflet/
 *     (run `npm run bench -- --sizes <n>` once first, to generate the data and build the peer).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pmtiles': 'application/vnd.pmtiles',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Mount {
  /** URL prefix: ends with '/' for a directory mount, or a full path for a file mount. */
  url: string;
  /** Directory (for a '/' prefix) or file. */
  path: string;
}

export interface StaticServer {
  origin: string;
  server: Server;
  setMounts(mounts: Mount[]): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 = any free port). */
export async function startServer(mounts: Mount[], port = 0): Promise<StaticServer> {
  let table = sortMounts(mounts);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolveFile(table, pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('not found');
      return;
    }
    const size = statSync(file).size;
    const headers: Record<string, string | number> = {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'Accept-Ranges': 'bytes',
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      // Range requests (a PMTiles archive is read this way).
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(size - 1, Number(range[2])) : size - 1;
      if (start >= size || end < start) {
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    server,
    setMounts: (m) => (table = sortMounts(m)),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function sortMounts(m: Mount[]): Mount[] {
  return [...m].sort((a, b) => b.url.length - a.url.length);
}

function resolveFile(mounts: Mount[], pathname: string): string | null {
  for (const m of mounts) {
    if (m.url.endsWith('/')) {
      if (!pathname.startsWith(m.url) && pathname !== m.url.slice(0, -1)) continue;
      const rest = pathname.slice(m.url.length) || 'index.html';
      const root = resolve(m.path);
      let file = normalize(join(root, rest));
      if (!file.startsWith(root)) return null;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      return existsSync(file) && statSync(file).isFile() ? file : null;
    }
    if (pathname === m.url) return existsSync(m.path) ? m.path : null;
  }
  return null;
}

/**
 * The mounts of one data set: the app (dist/ with the generated infrastructure and manifest over
 * its data/) at `/app-<n>/` and the Leaflet peer at `/leaflet-<n>/` with the same data/.
 */
export function dataSetMounts(o: { tag: string; dist: string; dataDir: string; leafletDir?: string }): Mount[] {
  const tiles = join(o.dataDir, 'tiles');
  const data = (prefix: string): Mount[] => [
    { url: `${prefix}data/infrastructure/`, path: join(o.dataDir, 'infrastructure') },
    // Tiles built by scripts/build-tiles.ts for this data set (its manifest then names them).
    ...(existsSync(tiles) ? [{ url: `${prefix}data/tiles/`, path: tiles }] : []),
    { url: `${prefix}data/manifest.json`, path: join(o.dataDir, 'manifest.json') },
    { url: `${prefix}data/`, path: join(o.dist, 'data') },
  ];
  const app = `/app-${o.tag}/`;
  const out: Mount[] = [{ url: app, path: o.dist }, ...data(app)];
  if (o.leafletDir) {
    const leaflet = `/leaflet-${o.tag}/`;
    out.push({ url: leaflet, path: o.leafletDir }, ...data(leaflet));
  }
  return out;
}

if (process.argv[1] && basename(process.argv[1]).startsWith('serve')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      data: { type: 'string' },
      port: { type: 'string', default: '4180' },
      dist: { type: 'string' },
    },
  });
  const root = resolve(import.meta.dirname, '..');
  const work = join(import.meta.dirname, '.work');
  const dataDir = resolve(values.data ?? join(work, `data-${values.n}`));
  if (!existsSync(join(dataDir, 'manifest.json')))
    throw new Error(`${dataDir} is missing: run npx tsx bench/generate.ts --n ${values.n} --out ${dataDir} first`);
  const mounts = dataSetMounts({
    tag: '',
    dist: resolve(values.dist ?? join(root, 'dist')),
    dataDir,
    leafletDir: join(work, 'pages', 'leaflet'),
  }).map((m) => ({
    ...m,
    url: m.url.replace('/app-/', '/app/').replace('/leaflet-/', '/leaflet/'),
  }));
  const s = await startServer(mounts, Number(values.port));
  console.log(`${s.origin}/app/  and  ${s.origin}/leaflet/  (data: ${dataDir}); Ctrl-C to stop`);
}
