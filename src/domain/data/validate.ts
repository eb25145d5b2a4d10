import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Category, ContextLayerId, ContextProperties, LocatedCategory } from '../types.ts';


import {
  BASEMAP_DATA_BBOX,
  type BBox,
  BASEMAP_FILES,
  CONTEXT_BBOX,
  CONTEXT_FILES,
  type FileText,
  INFRASTRUCTURE_FILES,
  MANIFEST_FILE,
  READINGS_FILE,
  TABLE_FILES,
  UNLOCATED_FILE,
  type TableName,
} from './files.ts';
import { checkGeometry } from './geojson.ts';
import { type Message, msg } from '../message.ts';
import { type DataIssue, RecordCheck, describe, fileIssue, isObject } from './issues.ts';
import { readManifest } from './manifest.ts';
import { TABLE_RULES } from './record-rules.ts';
import { SetAside, checkReferences } from './references.ts';
import type { Dataset, Item } from './dataset.ts';
import { parseWith } from './schema-rules.ts';
import { ContextPropertiesSchema, ItemPropertiesSchema, ReadingSchema, TABLE_SCHEMAS, type TableRecords } from './schemas.ts';
import type { Reading } from '../types.ts';

export type { FileText };

export type { Dataset, Item };

export interface BuildResult {
  dataset: Dataset;
  issues: DataIssue[];
  /** Files that could not be read or parsed at all. */
  failedFiles: string[];
}

/**
 * Parses and validates every data file, then every reference across files. Records with an
 * issue are left out of the dataset; everything else is kept, so one bad record or file never
 * takes the rest down. Pure: the caller reads the files (fetch in the app, fs in scripts).
 */
export function buildDataset(read: (path: string) => FileText, opts: { items?: boolean } = {}): BuildResult {
  const issues: DataIssue[] = [];
  const failedFiles: string[] = [];
  const { bbox, tiles } = readManifest(read(MANIFEST_FILE), issues);
  const parse = (file: string): unknown => {
    const got = read(file);
    if (!got.ok) {
      issues.push(fileIssue(file, typeof got.reason === 'string' ? msg('asIs', { text: got.reason }) : got.reason));
      failedFiles.push(file);
      return undefined;
    }
    try {
      return JSON.parse(got.text) as unknown;
    } catch (e) {
      issues.push(fileIssue(file, msg('jsonInvalid', { detail: (e as Error).message })));
      failedFiles.push(file);
      return undefined;
    }
  };

  const aside = new SetAside();
  const failed = (file: string, m: Message): void => {
    issues.push(fileIssue(file, m));
    failedFiles.push(file);
  };
  const table = <K extends TableName>(name: K): TableRecords[K] => {
    const json = parse(TABLE_FILES[name]);
    if (json === undefined) return [];
    if (!Array.isArray(json)) {
      failed(TABLE_FILES[name], msg('mustRecords', { got: describe(json) }));
      return [];
    }
    return checkTable(name, json, issues, bbox, aside);
  };
  const tables: TableRecords = {
    areas: table('areas'),
    goals: table('goals'),
    bodies: table('bodies'),
    projects: table('projects'),
    legacyProjects: table('legacyProjects'),
    kpis: table('kpis'),
    activities: table('activities'),
    challenges: table('challenges'),
    vision: table('vision'),
    regionalPolicies: table('regionalPolicies'),
    regionalProjects: table('regionalProjects'),
    documents: table('documents'),
  };
  const items: { file: string; item: Item }[] = [];
  // Without items: the small files alone, so a tiled map can start before the large ones arrive.
  if (opts.items !== false) {
    for (const [category, file] of Object.entries(INFRASTRUCTURE_FILES) as [LocatedCategory, string][]) {
      for (const item of checkItems(file, parse(file), category, issues, bbox)) items.push({ file, item });
    }
    for (const item of checkItems(UNLOCATED_FILE, parse(UNLOCATED_FILE), null, issues, bbox)) items.push({ file: UNLOCATED_FILE, item });
  }

  const ds: Dataset = {
    ...tables,
    items: [],
    places: checkBasemap(BASEMAP_FILES.places, parse(BASEMAP_FILES.places), issues),
    labels: checkBasemap(BASEMAP_FILES.labels, parse(BASEMAP_FILES.labels), issues),
    municipalityShapes: checkBasemap(BASEMAP_FILES.municipalities, parse(BASEMAP_FILES.municipalities), issues),
    context: Object.fromEntries(
      (Object.entries(CONTEXT_FILES) as [ContextLayerId, string][]).map(([id, file]) => [id, checkContext(file, parse(file), issues)]),
    ) as Dataset['context'],
    // Optional: a missing file is normal (no readings), not an issue.
    readings: read(READINGS_FILE).ok ? checkReadings(parse(READINGS_FILE), issues) : [],
    tiles,
  };
  ds.items = checkReferences(ds, items, issues, new Set(failedFiles), aside);
  return { dataset: ds, issues, failedFiles };
}

function recordId(r: unknown, index: number): string {
  return isObject(r) && typeof r['id'] === 'string' && r['id'] ? r['id'] : `#${index}`;
}

/** The valid records of a table file; each one set aside is named in `aside`. */
function checkTable<K extends TableName>(name: K, json: unknown[], issues: DataIssue[], bbox: BBox, aside: SetAside): TableRecords[K] {
  const file = TABLE_FILES[name];
  const schema = TABLE_SCHEMAS[name];
  const rule = TABLE_RULES[name];
  const seen = new Set<string>();
  const valid: TableRecords[K] = [];
  json.forEach((r: unknown, i) => {
    const c = new RecordCheck(file, recordId(r, i), issues);
    const record: TableRecords[K][number] | undefined = parseWith(schema, c, r);
    if (record) rule(c, record, bbox);
    if (seen.has(c.record)) c.fail('id', msg('idTaken'));
    seen.add(c.record);
    if (record && c.ok) valid.push(record);
    else aside.add(name, isObject(r) && typeof r['id'] === 'string' && r['id'] ? r['id'] : undefined);
  });
  return valid;
}

function checkItems(file: string, json: unknown, category: Category | null, issues: DataIssue[], bbox: BBox): Item[] {
  if (json === undefined) return [];
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push(fileIssue(file, msg('mustCollectionFeatures'), 'type'));
    return [];
  }
  const out: Item[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const props = isObject(f) ? f['properties'] : undefined;
    const c = new RecordCheck(file, recordId(props, i), issues);
    if (!isObject(f) || f['type'] !== 'Feature') {
      c.fail('type', msg('mustFeature'));
      return;
    }
    if (!isObject(props)) {
      c.fail('properties', msg('ruleObject'));
      return;
    }
    const properties = parseWith(ItemPropertiesSchema, c, props);
    if (properties && category && properties.category !== category) c.fail('category', msg('categoryInFile', { category, got: describe(properties.category) }));
    const geometry = checkGeometry(c, f['geometry'], bbox, { allowNull: category === null });
    if (category === null && geometry !== null && geometry !== undefined) c.fail('geometry', msg('mustNullGeometry'));
    if (properties && c.ok) out.push({ type: 'Feature', geometry: geometry ?? null, properties });
  });
  return out;
}

function checkBasemap(file: string, json: unknown, issues: DataIssue[]): FeatureCollection | null {
  if (json === undefined) return null;
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push(fileIssue(file, msg('mustCollection'), 'type'));
    return null;
  }
  const features: Feature[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const properties = isObject(f) && isObject(f['properties']) ? f['properties'] : null;
    const c = new RecordCheck(file, recordId(properties, i), issues);
    const geometry = isObject(f) ? checkGeometry(c, f['geometry'], BASEMAP_DATA_BBOX, { allowNull: false }) : undefined;
    if (geometry && c.ok) features.push({ type: 'Feature', geometry, properties });
  });
  // The collection's own members (its attribution) are kept.
  return { ...json, type: 'FeatureCollection', features };
}

/** The readings (parsed by `parse`, which reports a file it cannot read); a bad record is reported and left out. */
function checkReadings(json: unknown, issues: DataIssue[]): Reading[] {
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    issues.push(fileIssue(READINGS_FILE, msg('mustRecords', { got: describe(json) })));
    return [];
  }
  const out: Reading[] = [];
  json.forEach((r: unknown, i) => {
    const c = new RecordCheck(READINGS_FILE, isObject(r) && typeof r['name_ja'] === 'string' && r['name_ja'] ? r['name_ja'] : `#${i}`, issues);
    const reading = parseWith(ReadingSchema, c, r);
    if (reading && c.ok) out.push(reading);
  });
  return out;
}

function checkContext(file: string, json: unknown, issues: DataIssue[]): Feature<Geometry, ContextProperties>[] {
  if (json === undefined) return [];
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push(fileIssue(file, msg('mustCollection'), 'type'));
    return [];
  }
  const seen = new Set<string>();
  const out: Feature<Geometry, ContextProperties>[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const props = isObject(f) ? f['properties'] : undefined;
    const c = new RecordCheck(file, recordId(props, i), issues);
    if (!isObject(f) || !isObject(props)) {
      c.fail('properties', msg('ruleObject'));
      return;
    }
    const properties = parseWith(ContextPropertiesSchema, c, props);
    const geometry = checkGeometry(c, f['geometry'], CONTEXT_BBOX, { allowNull: false });
    if (seen.has(c.record)) c.fail('id', msg('featureIdTaken'));
    seen.add(c.record);
    if (properties && geometry && c.ok) out.push({ type: 'Feature', geometry, properties });
  });
  return out;
}
