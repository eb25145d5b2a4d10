/**
 * The features scripts/build-tiles.ts tiles: the bench's slim ones read straight from the files,
 * or the app's own, made from the validated dataset exactly as the app's GeoJSON source holds them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { Atlas } from '../src/domain/atlas.ts';
import { MANIFEST_FILE } from '../src/domain/data/files.ts';
import { buildDataset } from '../src/domain/data/validate.ts';
import { itemFeature } from '../src/domain/map-features.ts';
import { rankOf } from '../src/domain/overview.ts';

/** Where the app's data is read: the data directory, and optionally other infrastructure files and manifest. */
export interface FeatureSource {
  input: string;
  /** '' or absent: input/infrastructure. */
  infrastructure?: string;
  /** '' or absent: input/manifest.json. */
  manifest?: string;
}

export type TileFeature = Feature<Geometry, Record<string, string | number>>;

/** The bench's slim features: a few properties read straight from the files. */
export function* slimFeatures(dir: string): Generator<TileFeature> {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.geojson') && f !== 'unlocated.geojson')
    .sort()) {
    const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection<Geometry | null, Record<string, unknown>>;
    for (const f of fc.features) {
      if (!f.geometry) continue;
      const p = f.properties ?? {};
      const props: Record<string, string | number> = {
        id: String(p['id']),
        name_ja: String(p['name_ja']),
        category: String(p['category']),
        accuracy: String(p['accuracy']),
      };
      // One key per project (value 1): MVT stores each key and value once per tile, so this
      // costs ~2 bytes per project per feature. A filter on project p is ['has', 'project:' + p].
      for (const id of (p['projects'] as string[] | undefined) ?? []) props[`project:${id}`] = 1;
      yield { type: 'Feature', geometry: f.geometry, properties: props };
    }
  }
}

/**
 * The app's features, from the validated dataset: exactly what the GeoJSON source would hold.
 * A dataset with issues is refused (the tiles would disagree with what the app loads).
 */
export function appFeatures(o: FeatureSource): TileFeature[] {
  const { dataset, issues } = buildDataset((path) => {
    const file =
      path === MANIFEST_FILE && o.manifest
        ? o.manifest
        : path.startsWith('infrastructure/') && o.infrastructure
          ? join(o.infrastructure, path.slice('infrastructure/'.length))
          : join(o.input, path);
    try {
      return { ok: true, text: readFileSync(file, 'utf8') };
    } catch (e) {
      return { ok: false, reason: `could not be read: ${(e as Error).message}` };
    }
  });
  const real = issues.filter((i) => i.file !== MANIFEST_FILE);
  if (real.length)
    throw new Error(
      `the data has ${real.length} issue(s); run npm run validate. First: ${real[0]!.file} › ${real[0]!.record} › ${real[0]!.field}: ${real[0]!.message}`,
    );
  const atlas = new Atlas({ ...dataset, tiles: null });
  return atlas.located.map((item) => {
    const f = itemFeature(atlas, item);
    // MVT has no null value: an absent property reads as null in expressions anyway.
    const props = Object.fromEntries(Object.entries(f.properties).filter(([, v]) => v !== null)) as Record<string, string>;
    return { ...f, properties: props };
  });
}

/**
 * The tile's features of rank below the zoom's share; still at most `max` of lowest rank, as
 * features crossing in from neighbouring tiles (lines, the buffer) are not in the count.
 */
export function thin<F extends { tags?: Record<string, unknown> | null }>(feats: F[], share: number, max: number): F[] {
  if (share >= 1 && feats.length <= max) return feats;
  const ranked = feats.map((f) => ({ f, r: rankOf(String(f.tags?.['id'])) })).filter((e) => e.r < share);
  if (ranked.length > max) ranked.sort((a, b) => a.r - b.r).length = max;
  return ranked.map((e) => e.f);
}
