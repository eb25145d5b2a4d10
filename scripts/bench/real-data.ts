/**
 * The real-data case: the app with its own data (dist/data as built) next to the minimal MapLibre
 * page (the control) and the Leaflet peer loading the same located features (the build's
 * data/infrastructure/*.geojson), with the same first view, filter changes and clicks. The data
 * is small, so this is the everyday case: what the app adds over MapLibre alone, in ratios
 * measured in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { StaticServer } from '../../bench/serve.ts';
import { INFRASTRUCTURE_FILES, LOCATED_CATEGORIES } from '../../bench/shared.ts';
import { measure } from './measure.ts';
import type { RunResult, Target } from './types.ts';
import { log } from './util.ts';

export interface RealData {
  /** Items in the build's data (located + unlocated) and the located features the pages draw. */
  items: number;
  located: number;
  runs: RunResult[];
}

interface GeoFeature {
  geometry: { type: string; coordinates: unknown } | null;
  properties: { id: string };
}

/** The located features of a build (dist/data/infrastructure), and the point ones as click targets. */
export function realFeatures(dist: string): { items: number; located: number; targets: Target[] } {
  const dir = join(dist, 'data', 'infrastructure');
  const located = new Set<string>(LOCATED_CATEGORIES.map((c) => INFRASTRUCTURE_FILES[c].replace(/^.*\//, '')));
  let items = 0;
  let count = 0;
  const targets: Target[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.geojson'))) {
    const features = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { features: GeoFeature[] }).features;
    items += features.length;
    if (!located.has(f)) continue;
    for (const x of features) {
      if (!x.geometry) continue;
      count++;
      if (x.geometry.type === 'Point') {
        const [lon, lat] = x.geometry.coordinates as [number, number];
        targets.push({ id: x.properties.id, lon, lat });
      }
    }
  }
  return { items, located: count, targets };
}

/** Measures the app, the control and (unless skipped) Leaflet on the build's own data. */
export async function realDataRun(
  browser: Browser,
  server: StaticServer,
  o: { dist: string; tilesPage: string | null; leafletDir: string | null },
): Promise<RealData> {
  const { items, located, targets } = realFeatures(o.dist);
  log(`\n== real data: the build's own (${items} items, ${located} located) ==`);
  const data = join(o.dist, 'data');
  server.setMounts([
    { url: '/real/', path: o.dist },
    ...(o.tilesPage
      ? [
          { url: '/real-control/', path: o.tilesPage },
          { url: '/real-control/data/', path: data },
        ]
      : []),
    ...(o.leafletDir
      ? [
          { url: '/real-leaflet/', path: o.leafletDir },
          { url: '/real-leaflet/data/', path: data },
        ]
      : []),
  ]);
  const runs: RunResult[] = [];
  log('  ours (senkon-atlas, built, its own data):');
  const ours = await measure(browser, 'ours', located, `${server.origin}/real/`, targets, []);
  if (ours.itemsLoaded !== null && ours.itemsLoaded !== items) {
    const msg = `the app holds ${ours.itemsLoaded} items, the build's files ${items} (${ours.issues} data issues)`;
    ours.errors.push(msg);
    log(`    ! ${msg}`);
  }
  runs.push(ours);
  if (o.tilesPage) {
    log('  control: minimal MapLibre page, the same located features (geojson source, setFilter):');
    runs.push(await measure(browser, 'control', located, `${server.origin}/real-control/?geojson`, targets, []));
  }
  if (o.leafletDir) {
    log('  Leaflet (canvas renderer), the same located features:');
    runs.push(await measure(browser, 'leaflet', located, `${server.origin}/real-leaflet/`, targets, []));
  }
  return { items, located, runs };
}
