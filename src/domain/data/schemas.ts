import { CATEGORIES as ALL_CATEGORIES, type Category } from '../types.ts';

/** Data files hold plan items only; 'imported' is for a user's files loaded in the browser. */
const CATEGORIES = ALL_CATEGORIES.filter((c) => c !== 'imported');
import { RecordCheck, isObject } from './issues.ts';

/** Per-record shape rules, one function per table. Cross-file references are checked in validate.ts. */

const AREA_LEVELS = ['hokkaido', 'renkei', 'shinkokyoku', 'municipality'] as const;
const BODY_KINDS = ['government', 'municipal', 'private', 'association', 'education', 'other'] as const;
const GENERATIONS = ['h28-policy', 'policy-unit', 'r3-policy'] as const;
const ACCURACIES = ['exact', 'approximate', 'representative-point'] as const;

export function checkArea(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.oneOf(r, 'level', AREA_LEVELS);
  c.string(r, 'name_ja');
  c.string(r, 'name_en', { optional: true });
  if (r['parent'] !== null) c.string(r, 'parent');
  if (r['level'] === 'municipality') {
    if (typeof r['code'] !== 'string' || !/^\d{5}$/.test(r['code'])) c.fail('code', 'a municipality needs its 5-digit local-government code');
    else if (r['code'] !== r['id']) c.fail('id', `a municipality's id must be its code (${r['code']})`);
    c.boolean(r, 'border_region');
    const o = r['office'];
    if (!Array.isArray(o) || o.length !== 2 || o.some((x) => typeof x !== 'number')) c.fail('office', 'a municipality needs its office position [lon, lat]');
  }
  c.sources(r);
}

export function checkGoal(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.number(r, 'number');
  c.string(r, 'theme_ja');
  c.string(r, 'name_ja');
  c.stringArray(r, 'directions_ja');
  c.sources(r);
}

export function checkBody(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.string(r, 'name_ja');
  c.oneOf(r, 'kind', BODY_KINDS);
  c.sources(r);
}

export function checkProject(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.stringArray(r, 'numbers', { nonEmpty: true });
  const numbers = r['numbers'];
  if (Array.isArray(numbers)) {
    numbers.forEach((n, i) => {
      if (typeof n === 'string' && !/^\d-\(\d\)$/.test(n)) c.fail(`numbers[${i}]`, `must look like 1-(1) (got "${n}")`);
    });
  }
  c.string(r, 'name_ja');
  c.oneOf(r, 'promoter', ['kuni', 'do'] as const);
  c.string(r, 'area_ja');
  c.stringArray(r, 'areas', { nonEmpty: true });
  c.string(r, 'summary_ja');
  c.stringArray(r, 'goals', { nonEmpty: true });
  c.stringArray(r, 'infrastructure_ja');
  eachObject(c, r, 'initiatives', (o, at) => {
    at.string(o, 'heading_ja');
    at.stringArray(o, 'items_ja');
    at.stringArray(o, 'bodies');
  });
  eachObject(c, r, 'cocreation', (o, at) => {
    at.string(o, 'title_ja');
    at.string(o, 'content_ja');
    at.string(o, 'structure_ja');
    at.stringArray(o, 'bodies');
  });
  c.sources(r);
}

export function checkLegacyProject(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.oneOf(r, 'generation', GENERATIONS);
  c.string(r, 'name_ja');
  c.stringArray(r, 'continued_by');
  c.string(r, 'continuation_basis_ja');
  c.sources(r);
}

export function checkKpi(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.string(r, 'project');
  c.oneOf(r, 'generation', GENERATIONS);
  c.string(r, 'name_ja');
  c.string(r, 'unit_ja');
  c.oneOf(r, 'aggregation', ['sum', 'average', 'rate', 'none'] as const);
  c.oneOf(r, 'direction', ['increase', 'decrease'] as const);
  const base = r['base'];
  if (!isObject(base)) c.fail('base', 'must be an object with year and value(s)');
  else {
    c.number(base, 'year');
    splitValues(c, base, 'base');
  }
  const obs = r['observations'];
  if (!Array.isArray(obs)) c.fail('observations', 'must be an array');
  else obs.forEach((o, i) => {
    if (!isObject(o) || typeof o['year'] !== 'number') c.fail(`observations[${i}].year`, 'must be a fiscal year (西暦)');
    else splitValues(c, o, `observations[${i}]`);
  });
  const target = r['target'];
  if (!isObject(target)) c.fail('target', 'must be an object');
  else {
    const span = target['span'];
    const spanOk = Array.isArray(span) && span.length === 2 && span.every((y) => typeof y === 'number') && (span[0] as number) <= (span[1] as number);
    if (typeof target['year'] !== 'number' && !spanOk) c.fail('target', 'needs a year or a span [from, to]');
    if (span !== undefined && !spanOk) c.fail('target.span', 'must be [from, to] fiscal years with from ≤ to');
    splitValues(c, target, 'target');
  }
  c.sources(r);
}

export function checkActivity(c: RecordCheck, r: Record<string, unknown>): void {
  c.string(r, 'id');
  c.string(r, 'project');
  c.number(r, 'year');
  c.oneOf(r, 'stage', ['result', 'ongoing', 'planned'] as const);
  c.oneOf(r, 'scope', ['region', 'kushiro', 'nemuro'] as const);
  c.string(r, 'text_ja');
  c.sources(r);
}

export function checkContextProperties(c: RecordCheck, p: Record<string, unknown>): void {
  c.string(p, 'id');
  c.string(p, 'name_ja');
  c.string(p, 'name_en', { optional: true });
  c.string(p, 'kind');
  c.oneOf(p, 'accuracy', ACCURACIES);
  c.string(p, 'represents_ja');
  c.string(p, 'geometry_basis');
  c.sources(p);
}

export function checkItemProperties(c: RecordCheck, p: Record<string, unknown>, category: Category | null): void {
  c.string(p, 'id');
  c.string(p, 'name_ja');
  c.string(p, 'name_en', { optional: true });
  c.oneOf(p, 'category', CATEGORIES);
  if (category && p['category'] !== category) c.fail('category', `must be "${category}" in this file (got "${String(p['category'])}")`);
  c.string(p, 'work_ja');
  c.string(p, 'body');
  c.oneOf(p, 'body_basis', ['printed', 'project-promoter'] as const);
  c.string(p, 'program_ja', { optional: true });
  c.stringArray(p, 'projects', { nonEmpty: true });
  c.stringArray(p, 'municipalities');
  c.oneOf(p, 'accuracy', ACCURACIES);
  c.string(p, 'represents_ja');
  c.string(p, 'geometry_basis');
  c.sources(p);
}

function splitValues(c: RecordCheck, o: Record<string, unknown>, path: string): void {
  for (const k of ['total', 'kushiro', 'nemuro'] as const) {
    const v = o[k];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) c.fail(`${path}.${k}`, `must be a number or null (got ${String(v)})`);
  }
}

function eachObject(
  c: RecordCheck,
  r: Record<string, unknown>,
  field: string,
  fn: (o: Record<string, unknown>, at: RecordCheck) => void,
): void {
  const v = r[field];
  if (!Array.isArray(v)) {
    c.fail(field, 'must be an array');
    return;
  }
  v.forEach((o, i) => {
    if (!isObject(o)) c.fail(`${field}[${i}]`, 'must be an object');
    else fn(o, c.at(`${field}[${i}]`));
  });
}
