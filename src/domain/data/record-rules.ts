import type { BBox } from './files.ts';
import { checkLonLat } from './geojson.ts';
import type { RecordCheck } from './issues.ts';
import type { TableRecords } from './schemas.ts';

/**
 * Rules within one record that a schema does not say well (they tie two fields together), run
 * on records whose shape already passed. Rules across files are in validate.ts.
 */
type Rule<T> = (c: RecordCheck, record: T, bbox: BBox) => void;

export const TABLE_RULES: { [K in keyof TableRecords]: Rule<TableRecords[K][number]> } = {
  areas: (c, a, bbox) => {
    if (a.level !== 'municipality') return;
    if (a.code === undefined) c.fail('code', 'a municipality needs its 5-digit local-government code');
    else if (a.code !== a.id) c.fail('id', `a municipality's id must be its code (${a.code})`);
    if (a.border_region === undefined) c.fail('border_region', 'must be true or false (got nothing)');
    if (a.office === undefined) c.fail('office', 'a municipality needs its office position [lon, lat]');
    // The office is where the map puts the town's name: it must lie in the region, the right way round.
    else checkLonLat(c, a.office, 'office', bbox);
  },
  goals: () => {},
  bodies: () => {},
  projects: () => {},
  legacyProjects: () => {},
  kpis: (c, k) => {
    const { year, span } = k.target;
    const spanOk = span !== undefined && span[0] <= span[1];
    if (year === undefined && !spanOk) c.fail('target', 'needs a year or a span [from, to]');
    if (span !== undefined && !spanOk) c.fail('target.span', 'must be [from, to] fiscal years with from ≤ to');
  },
  activities: () => {},
  challenges: () => {},
  vision: (c, v) => {
    if (v.kind === 'horizon' && v.year === undefined) c.fail('year', 'the horizon needs its fiscal year');
  },
  regionalPolicies: () => {},
  regionalProjects: (c, p) => {
    p.kpis.forEach((k, i) =>
      k.series.forEach((s, j) => {
        for (const [name, pt] of [['base', s.base], ['target', s.target]] as const) {
          if (pt && pt.from > pt.to) c.fail(`kpis[${i}].series[${j}].${name}`, `must cover fiscal years from ≤ to (got ${pt.from}–${pt.to})`);
        }
      }),
    );
  },
  documents: () => {},
};
