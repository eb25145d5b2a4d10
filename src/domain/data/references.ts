import { TABLE_FILES, type TableName } from './files.ts';
import { msg } from '../message.ts';
import { type DataIssue, type IdSet, RecordCheck, noun } from './issues.ts';
import type { Dataset, Item } from './dataset.ts';
import { misplacement, misplacementMessage, shapesByCode } from './placement.ts';

/** Accepts every id. */
const ANY: IdSet = { has: () => true };
const NONE: IdSet = { has: () => false };

/**
 * The ids of records set aside, per table, so that a reference to one is told apart from a
 * reference to an id no record has: the first keeps the referring record (the reference is
 * reported), the second sets it aside too. A record set aside without a usable id could be any
 * id: references into its table are then all treated as to a record set aside.
 */
export class SetAside {
  private readonly ids = new Map<TableName, Set<string>>();
  private readonly anonymous = new Set<TableName>();

  add(table: TableName, id: string | undefined): void {
    if (id === undefined) this.anonymous.add(table);
    else this.ids.set(table, (this.ids.get(table) ?? new Set<string>()).add(id));
  }

  of(table: TableName): IdSet {
    return this.anonymous.has(table) ? ANY : (this.ids.get(table) ?? NONE);
  }
}

/** What a reference may resolve to: records loaded, records set aside. */
interface Target {
  loaded: IdSet;
  setAside: IdSet;
}

const union = (a: IdSet, b: IdSet): IdSet => ({ has: (id) => a.has(id) || b.has(id) });

function refer(c: RecordCheck, field: string, ids: string | readonly string[] | null, to: Target, what: string, kind: string): void {
  for (const id of typeof ids === 'string' ? [ids] : (ids ?? [])) {
    if (to.loaded.has(id)) continue;
    if (to.setAside.has(id)) c.note(field, msg('refSetAside', { what: noun(what), id, kind: noun(kind) }));
    else c.fail(field, msg('refUnknown', { what: noun(what), id }));
  }
}

/**
 * Rules across files. A file that failed as a whole is named once and not held against the
 * records referring to it. Tables are filtered in place (a record set aside here is referred
 * to as set aside by the later tables); the surviving items are returned.
 */
export function checkReferences(ds: Dataset, items: { file: string; item: Item }[], issues: DataIssue[], failed: ReadonlySet<string>, aside: SetAside): Item[] {
  const target = (table: TableName, rows: readonly { id: string }[]): Target =>
    failed.has(TABLE_FILES[table]) ? { loaded: ANY, setAside: NONE } : { loaded: new Set(rows.map((r) => r.id)), setAside: aside.of(table) };
  const keep = <T extends { id: string }>(table: TableName, rows: T[], rule: (c: RecordCheck, r: T) => void): T[] =>
    rows.filter((row) => {
      const c = new RecordCheck(TABLE_FILES[table], row.id, issues);
      rule(c, row);
      if (!c.ok) aside.add(table, row.id);
      return c.ok;
    });

  ds.areas = keep('areas', ds.areas, (c, r) => refer(c, 'parent', r.parent, target('areas', ds.areas), 'area', 'record'));
  const municipalities = target('areas', ds.areas.filter((a) => a.level === 'municipality'));
  const areas = target('areas', ds.areas);
  const goals = target('goals', ds.goals);
  const bodies = target('bodies', ds.bodies);
  ds.projects = keep('projects', ds.projects, (c, r) => {
    refer(c, 'goals', r.goals, goals, 'goal', 'project');
    refer(c, 'areas', r.areas, areas, 'area', 'project');
    r.initiatives.forEach((o, i) => refer(c.at(`initiatives[${i}]`), 'bodies', o.bodies, bodies, 'body', 'project'));
    r.cocreation.forEach((o, i) => refer(c.at(`cocreation[${i}]`), 'bodies', o.bodies, bodies, 'body', 'project'));
  });
  const projects = target('projects', ds.projects);
  ds.legacyProjects = keep('legacyProjects', ds.legacyProjects, (c, r) => refer(c, 'continued_by', r.continued_by, projects, 'project', 'record'));
  const legacy = target('legacyProjects', ds.legacyProjects);
  const anyProject = { loaded: union(projects.loaded, legacy.loaded), setAside: union(projects.setAside, legacy.setAside) };
  ds.kpis = keep('kpis', ds.kpis, (c, r) => refer(c, 'project', r.project, anyProject, 'project', 'KPI'));
  ds.activities = keep('activities', ds.activities, (c, r) => refer(c, 'project', r.project, anyProject, 'project', 'activity'));
  ds.challenges = keep('challenges', ds.challenges, (c, r) => refer(c, 'project', r.project, legacy, 'earlier project', 'challenge'));
  ds.vision = keep('vision', ds.vision, (c, r) => refer(c, 'goals', r.goals, goals, 'goal', 'statement'));
  ds.regionalProjects = keep('regionalProjects', ds.regionalProjects, (c, r) => {
    refer(c, 'region', r.region, areas, 'area', 'project');
    refer(c, 'areas', r.areas, areas, 'area', 'project');
    if (r.legacy_project !== undefined) refer(c, 'legacy_project', r.legacy_project, legacy, 'earlier project', 'project');
  });
  const regional = target('regionalProjects', ds.regionalProjects);
  ds.regionalPolicies = keep('regionalPolicies', ds.regionalPolicies, (c, r) => {
    refer(c, 'area', r.area, areas, 'area', 'policy');
    refer(c, 'projects', r.projects, regional, 'regional project', 'policy');
    refer(c, 'summary.example_project', r.summary.example_project, regional, 'regional project', 'policy');
  });

  const seen = new Map<string, string>();
  const shapes = shapesByCode(ds.municipalityShapes);
  const nameOf = new Map(ds.areas.map((a) => [a.id, { ja: a.name_ja, en: a.name_en ?? a.name_ja }]));
  return items
    .filter(({ file, item }) => {
      const p = item.properties;
      const c = new RecordCheck(file, p.id, issues);
      const other = seen.get(p.id);
      if (other) c.fail('id', msg('itemIdTaken', { file: other }));
      seen.set(p.id, file);
      refer(c, 'projects', p.projects, projects, 'project', 'item');
      refer(c, 'body', p.body, bodies, 'body', 'item');
      refer(c, 'municipalities', p.municipalities, municipalities, 'municipality', 'item');
      // Against the official polygons (placement.ts): a geometry outside the places it names.
      const off = c.ok ? misplacement(item.geometry, p.municipalities, shapes) : null;
      if (off) c.fail('geometry', misplacementMessage(off, p.municipalities.map((m) => nameOf.get(m) ?? m)));
      return c.ok;
    })
    .map(({ item }) => item);
}
