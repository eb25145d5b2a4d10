import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Activity, Area, Body, Category, ContextLayerId, ContextProperties, Goal, ItemProperties, Kpi, LegacyProject, LocatedCategory, Project } from '../types.ts';


import {
  BASEMAP_BBOX,
  type BBox,
  BASEMAP_FILES,
  CONTEXT_BBOX,
  CONTEXT_FILES,
  type FileText,
  INFRASTRUCTURE_FILES,
  MANIFEST_FILE,
  TABLE_FILES,
  UNLOCATED_FILE,
  type TableName,
} from './files.ts';
import { checkGeometry } from './geojson.ts';
import { type DataIssue, type IdSet, RecordCheck, isObject } from './issues.ts';
import { type TileSet, readManifest } from './manifest.ts';
import { TABLE_RULES } from './record-rules.ts';
import { parseWith } from './schema-rules.ts';
import { ContextPropertiesSchema, ItemPropertiesSchema, TABLE_SCHEMAS, type TableRecords } from './schemas.ts';

export type { FileText };

export type Item = Feature<Geometry | null, ItemProperties>;

export interface Dataset {
  areas: Area[];
  goals: Goal[];
  bodies: Body[];
  projects: Project[];
  legacyProjects: LegacyProject[];
  kpis: Kpi[];
  activities: Activity[];
  /** Located and unlocated infrastructure items, in file order. */
  items: Item[];
  land: FeatureCollection | null;
  places: FeatureCollection | null;
  /** Context layers; a layer whose file failed is empty. */
  context: Record<ContextLayerId, Feature<Geometry, ContextProperties>[]>;
  /** Vector tiles of the located items, when the manifest names them: the map draws from those. */
  tiles: TileSet | null;
}

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
      issues.push({ file, record: '', field: '', message: got.reason });
      failedFiles.push(file);
      return undefined;
    }
    try {
      return JSON.parse(got.text) as unknown;
    } catch (e) {
      issues.push({ file, record: '', field: '', message: `is not valid JSON: ${(e as Error).message}` });
      failedFiles.push(file);
      return undefined;
    }
  };

  const table = <K extends TableName>(name: K): TableRecords[K] => checkTable(name, parse(TABLE_FILES[name]), issues, bbox);
  const tables: TableRecords = {
    areas: table('areas'),
    goals: table('goals'),
    bodies: table('bodies'),
    projects: table('projects'),
    legacyProjects: table('legacyProjects'),
    kpis: table('kpis'),
    activities: table('activities'),
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
    land: checkBasemap(BASEMAP_FILES.land, parse(BASEMAP_FILES.land), issues),
    places: checkBasemap(BASEMAP_FILES.places, parse(BASEMAP_FILES.places), issues),
    context: Object.fromEntries(
      (Object.entries(CONTEXT_FILES) as [ContextLayerId, string][]).map(([id, file]) => [id, checkContext(file, parse(file), issues)]),
    ) as Dataset['context'],
    tiles,
  };
  ds.items = checkReferences(ds, items, issues, new Set(failedFiles));
  return { dataset: ds, issues, failedFiles };
}

function recordId(r: unknown, index: number): string {
  return isObject(r) && typeof r['id'] === 'string' && r['id'] ? r['id'] : `#${index}`;
}

function checkTable<K extends TableName>(name: K, json: unknown, issues: DataIssue[], bbox: BBox): TableRecords[K] {
  const file = TABLE_FILES[name];
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    issues.push({ file, record: '', field: '', message: 'must be a JSON array of records' });
    return [];
  }
  const schema = TABLE_SCHEMAS[name];
  const rule = TABLE_RULES[name] as (c: RecordCheck, r: TableRecords[K][number], bbox: BBox) => void;
  const seen = new Set<string>();
  const valid: TableRecords[K] = [];
  json.forEach((r: unknown, i) => {
    const c = new RecordCheck(file, recordId(r, i), issues);
    const record = parseWith(schema, c, r) as TableRecords[K][number] | undefined;
    if (record) rule(c, record, bbox);
    if (seen.has(c.record)) c.fail('id', 'is used by another record in this file');
    seen.add(c.record);
    if (record && c.ok) valid.push(record);
  });
  return valid;
}

function checkItems(file: string, json: unknown, category: Category | null, issues: DataIssue[], bbox: BBox): Item[] {
  if (json === undefined) return [];
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push({ file, record: '', field: 'type', message: 'must be a GeoJSON FeatureCollection with a features array' });
    return [];
  }
  const out: Item[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const props = isObject(f) ? f['properties'] : undefined;
    const c = new RecordCheck(file, recordId(props, i), issues);
    if (!isObject(f) || f['type'] !== 'Feature') {
      c.fail('type', 'must be a GeoJSON Feature');
      return;
    }
    if (!isObject(props)) {
      c.fail('properties', 'must be an object');
      return;
    }
    const properties = parseWith(ItemPropertiesSchema, c, props);
    if (properties && category && properties.category !== category) c.fail('category', `must be "${category}" in this file (got "${properties.category}")`);
    const geometry = checkGeometry(c, f['geometry'], bbox, { allowNull: category === null });
    if (category === null && geometry !== null && geometry !== undefined) c.fail('geometry', 'must be null in the unlocated file');
    if (properties && c.ok) out.push({ type: 'Feature', geometry: geometry ?? null, properties });
  });
  return out;
}

function checkBasemap(file: string, json: unknown, issues: DataIssue[]): FeatureCollection | null {
  if (json === undefined) return null;
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push({ file, record: '', field: 'type', message: 'must be a GeoJSON FeatureCollection' });
    return null;
  }
  const features: Feature[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const properties = isObject(f) && isObject(f['properties']) ? f['properties'] : null;
    const c = new RecordCheck(file, recordId(properties, i), issues);
    const geometry = isObject(f) ? checkGeometry(c, f['geometry'], BASEMAP_BBOX, { allowNull: false }) : undefined;
    if (geometry && c.ok) features.push({ type: 'Feature', geometry, properties });
  });
  // The collection's own members (its attribution) are kept.
  return { ...json, type: 'FeatureCollection', features };
}

function checkContext(file: string, json: unknown, issues: DataIssue[]): Feature<Geometry, ContextProperties>[] {
  if (json === undefined) return [];
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push({ file, record: '', field: 'type', message: 'must be a GeoJSON FeatureCollection' });
    return [];
  }
  const seen = new Set<string>();
  const out: Feature<Geometry, ContextProperties>[] = [];
  json['features'].forEach((f: unknown, i: number) => {
    const props = isObject(f) ? f['properties'] : undefined;
    const c = new RecordCheck(file, recordId(props, i), issues);
    if (!isObject(f) || !isObject(props)) {
      c.fail('properties', 'must be an object');
      return;
    }
    const properties = parseWith(ContextPropertiesSchema, c, props);
    const geometry = checkGeometry(c, f['geometry'], CONTEXT_BBOX, { allowNull: false });
    if (seen.has(c.record)) c.fail('id', 'is used by another feature in this file');
    seen.add(c.record);
    if (properties && geometry && c.ok) out.push({ type: 'Feature', geometry, properties });
  });
  return out;
}

/** Accepts every id: references into a file that failed to load are not held against other files. */
const ANY: IdSet = { has: () => true };

/** Cross-file rules. Tables are filtered in place; the surviving items are returned. */
function checkReferences(ds: Dataset, items: { file: string; item: Item }[], issues: DataIssue[], failed: ReadonlySet<string>): Item[] {
  const ids = (table: TableName, xs: { id: string }[]): IdSet => (failed.has(TABLE_FILES[table]) ? ANY : new Set(xs.map((x) => x.id)));
  const areaIds = ids('areas', ds.areas);
  const municipalities = failed.has(TABLE_FILES.areas) ? ANY : new Set(ds.areas.filter((a) => a.level === 'municipality').map((a) => a.id));
  const goalIds = ids('goals', ds.goals);
  const bodyIds = ids('bodies', ds.bodies);
  const projectIds = ids('projects', ds.projects);
  const legacyIds = ids('legacyProjects', ds.legacyProjects);
  const kpiProjects = projectIds === ANY || legacyIds === ANY ? ANY : new Set([...ds.projects, ...ds.legacyProjects].map((p) => p.id));

  const keep = <T extends { id: string }>(file: string, rows: T[], rule: (c: RecordCheck, r: T) => void): T[] =>
    rows.filter((row) => {
      const c = new RecordCheck(file, row.id, issues);
      rule(c, row);
      return c.ok;
    });

  ds.areas = keep(TABLE_FILES.areas, ds.areas, (c, r) => c.references('parent', r.parent, areaIds, 'area'));
  ds.projects = keep(TABLE_FILES.projects, ds.projects, (c, r) => {
    c.references('goals', r.goals, goalIds, 'goal');
    c.references('areas', r.areas, areaIds, 'area');
    r.initiatives.forEach((o, i) => c.at(`initiatives[${i}]`).references('bodies', o.bodies, bodyIds, 'body'));
    r.cocreation.forEach((o, i) => c.at(`cocreation[${i}]`).references('bodies', o.bodies, bodyIds, 'body'));
  });
  ds.legacyProjects = keep(TABLE_FILES.legacyProjects, ds.legacyProjects, (c, r) => c.references('continued_by', r.continued_by, projectIds, 'project'));
  ds.kpis = keep(TABLE_FILES.kpis, ds.kpis, (c, r) => c.references('project', r.project, kpiProjects, 'project'));
  ds.activities = keep(TABLE_FILES.activities, ds.activities, (c, r) => c.references('project', r.project, kpiProjects, 'project'));

  const seen = new Map<string, string>();
  return items
    .filter(({ file, item }) => {
      const p = item.properties;
      const c = new RecordCheck(file, p.id, issues);
      const other = seen.get(p.id);
      if (other) c.fail('id', `is already used by an item in ${other}`);
      seen.set(p.id, file);
      c.references('projects', p.projects, projectIds, 'project');
      c.references('body', p.body, bodyIds, 'body');
      c.references('municipalities', p.municipalities, municipalities, 'municipality');
      return c.ok;
    })
    .map(({ item }) => item);
}
