import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  Activity,
  Area,
  Body,
  Category,
  ContextLayerId,
  ContextProperties,
  Goal,
  ItemProperties,
  Kpi,
  LegacyProject,
  LocatedCategory,
  Project,
} from '../types.ts';
import {
  BASEMAP_BBOX,
  BASEMAP_FILES,
  CONTEXT_BBOX,
  CONTEXT_FILES,
  INFRASTRUCTURE_FILES,
  MANIFEST_FILE,
  TABLE_FILES,
  UNLOCATED_FILE,
  type TableName,
} from './files.ts';
import { checkGeometry } from './geojson.ts';
import { type TileSet, readManifest } from './manifest.ts';
import { type DataIssue, RecordCheck, isObject } from './issues.ts';
import {
  checkActivity,
  checkArea,
  checkBody,
  checkContextProperties,
  checkGoal,
  checkItemProperties,
  checkKpi,
  checkLegacyProject,
  checkProject,
} from './schemas.ts';

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

/** A file's text, or why it could not be read (missing, HTTP error …). */
export type FileText = { ok: true; text: string } | { ok: false; reason: string };

export interface BuildResult {
  dataset: Dataset;
  issues: DataIssue[];
  /** Files that could not be read or parsed at all. */
  failedFiles: string[];
}

const TABLE_CHECKS: Record<TableName, (c: RecordCheck, r: Record<string, unknown>) => void> = {
  areas: checkArea,
  goals: checkGoal,
  bodies: checkBody,
  projects: checkProject,
  legacyProjects: checkLegacyProject,
  kpis: checkKpi,
  activities: checkActivity,
};

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

  const tables = {} as Record<TableName, Record<string, unknown>[]>;
  for (const [name, file] of Object.entries(TABLE_FILES) as [TableName, string][]) {
    tables[name] = checkTable(file, parse(file), TABLE_CHECKS[name], issues);
  }
  const items: { file: string; item: Item }[] = [];
  // Without items: the small files alone, so a tiled map can start before the large ones arrive.
  if (opts.items !== false) {
    for (const [category, file] of Object.entries(INFRASTRUCTURE_FILES) as [LocatedCategory, string][]) {
      for (const item of checkItems(file, parse(file), category, issues, bbox)) items.push({ file, item });
    }
    for (const item of checkItems(UNLOCATED_FILE, parse(UNLOCATED_FILE), null, issues, bbox)) items.push({ file: UNLOCATED_FILE, item });
  }

  const ds: Dataset = {
    areas: tables.areas as unknown as Area[],
    goals: tables.goals as unknown as Goal[],
    bodies: tables.bodies as unknown as Body[],
    projects: tables.projects as unknown as Project[],
    legacyProjects: tables.legacyProjects as unknown as LegacyProject[],
    kpis: tables.kpis as unknown as Kpi[],
    activities: tables.activities as unknown as Activity[],
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

function checkTable(
  file: string,
  json: unknown,
  check: (c: RecordCheck, r: Record<string, unknown>) => void,
  issues: DataIssue[],
): Record<string, unknown>[] {
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    issues.push({ file, record: '', field: '', message: 'must be a JSON array of records' });
    return [];
  }
  const seen = new Set<string>();
  const valid: Record<string, unknown>[] = [];
  json.forEach((r, i) => {
    const c = new RecordCheck(file, recordId(r, i), issues);
    if (!isObject(r)) {
      c.fail('', 'must be an object');
      return;
    }
    check(c, r);
    if (seen.has(c.record)) c.fail('id', 'is used by another record in this file');
    seen.add(c.record);
    if (c.ok) valid.push(r);
  });
  return valid;
}

function checkItems(file: string, json: unknown, category: Category | null, issues: DataIssue[], bbox: [number, number, number, number]): Item[] {
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
    checkItemProperties(c, props, category);
    const geometry = checkGeometry(c, f['geometry'], bbox, { allowNull: category === null });
    if (category === null && geometry !== null && geometry !== undefined) c.fail('geometry', 'must be null in the unlocated file');
    if (c.ok) out.push({ type: 'Feature', geometry: geometry ?? null, properties: props as unknown as ItemProperties });
  });
  return out;
}

function checkBasemap(file: string, json: unknown, issues: DataIssue[]): FeatureCollection | null {
  if (json === undefined) return null;
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push({ file, record: '', field: 'type', message: 'must be a GeoJSON FeatureCollection' });
    return null;
  }
  const features = (json['features'] as unknown[]).filter((f, i) => {
    const c = new RecordCheck(file, recordId(isObject(f) ? f['properties'] : undefined, i), issues);
    return isObject(f) && checkGeometry(c, f['geometry'], BASEMAP_BBOX, { allowNull: false }) !== undefined && c.ok;
  });
  return { ...(json as unknown as FeatureCollection), features: features as Feature[] };
}

function checkContext(file: string, json: unknown, issues: DataIssue[]): Feature<Geometry, ContextProperties>[] {
  if (json === undefined) return [];
  if (!isObject(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features'])) {
    issues.push({ file, record: '', field: 'type', message: 'must be a GeoJSON FeatureCollection' });
    return [];
  }
  const seen = new Set<string>();
  return (json['features'] as unknown[]).filter((f, i): f is Feature<Geometry, ContextProperties> => {
    const props = isObject(f) ? f['properties'] : undefined;
    const c = new RecordCheck(file, recordId(props, i), issues);
    if (!isObject(f) || !isObject(props)) {
      c.fail('properties', 'must be an object');
      return false;
    }
    checkContextProperties(c, props);
    checkGeometry(c, f['geometry'], CONTEXT_BBOX, { allowNull: false });
    if (seen.has(c.record)) c.fail('id', 'is used by another feature in this file');
    seen.add(c.record);
    return c.ok;
  });
}

/** Accepts every id: references into a file that failed to load are not held against other files. */
const ANY: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

/** Cross-file rules. Tables are filtered in place; the surviving items are returned. */
function checkReferences(ds: Dataset, items: { file: string; item: Item }[], issues: DataIssue[], failed: ReadonlySet<string>): Item[] {
  const ids = (table: TableName, xs: { id: string }[]) => (failed.has(TABLE_FILES[table]) ? ANY : new Set(xs.map((x) => x.id)));
  const areaIds = ids('areas', ds.areas);
  const municipalities = failed.has(TABLE_FILES.areas) ? ANY : new Set(ds.areas.filter((a) => a.level === 'municipality').map((a) => a.id));
  const goalIds = ids('goals', ds.goals);
  const bodyIds = ids('bodies', ds.bodies);
  const projectIds = ids('projects', ds.projects);
  const legacyIds = ids('legacyProjects', ds.legacyProjects);
  const kpiProjects = projectIds === ANY || legacyIds === ANY ? ANY : new Set([...projectIds, ...legacyIds]);

  const keep = <T extends { id: string }>(file: string, rows: T[], rule: (c: RecordCheck, r: Record<string, unknown>) => void): T[] =>
    rows.filter((row) => {
      const c = new RecordCheck(file, row.id, issues);
      rule(c, row as unknown as Record<string, unknown>);
      return c.ok;
    });

  ds.areas = keep(TABLE_FILES.areas, ds.areas, (c, r) => c.refs(r, 'parent', areaIds, 'area'));
  ds.projects = keep(TABLE_FILES.projects, ds.projects, (c, r) => {
    c.refs(r, 'goals', goalIds, 'goal');
    c.refs(r, 'areas', areaIds, 'area');
    (r['initiatives'] as Record<string, unknown>[]).forEach((o, i) => c.at(`initiatives[${i}]`).refs(o, 'bodies', bodyIds, 'body'));
    (r['cocreation'] as Record<string, unknown>[]).forEach((o, i) => c.at(`cocreation[${i}]`).refs(o, 'bodies', bodyIds, 'body'));
  });
  ds.legacyProjects = keep(TABLE_FILES.legacyProjects, ds.legacyProjects, (c, r) => c.refs(r, 'continued_by', projectIds, 'project'));
  ds.kpis = keep(TABLE_FILES.kpis, ds.kpis, (c, r) => c.refs(r, 'project', kpiProjects, 'project'));
  ds.activities = keep(TABLE_FILES.activities, ds.activities, (c, r) => c.refs(r, 'project', kpiProjects, 'project'));

  const seen = new Map<string, string>();
  return items
    .filter(({ file, item }) => {
      const p = item.properties;
      const c = new RecordCheck(file, p.id, issues);
      const other = seen.get(p.id);
      if (other) c.fail('id', `is already used by an item in ${other}`);
      seen.set(p.id, file);
      const props = p as unknown as Record<string, unknown>;
      c.refs(props, 'projects', projectIds, 'project');
      c.refs(props, 'body', bodyIds, 'body');
      c.refs(props, 'municipalities', municipalities, 'municipality');
      return c.ok;
    })
    .map(({ item }) => item);
}
