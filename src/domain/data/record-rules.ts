import type { BBox } from './files.ts';
import { checkLonLat } from './geojson.ts';
import { msg } from '../message.ts';
import { type RecordCheck, mustGot } from './issues.ts';
import type { TableRecords } from './schemas.ts';

/**
 * Rules within one record that a schema does not say well (they tie two fields together), run
 * on records whose shape already passed. Rules across files are in validate.ts.
 */
type Rule<T> = (c: RecordCheck, record: T, bbox: BBox) => void;

export const TABLE_RULES: { [K in keyof TableRecords]: Rule<TableRecords[K][number]> } = {
  areas: (c, a, bbox) => {
    if (a.level !== 'municipality') return;
    if (a.code === undefined) c.fail('code', msg('needCode'));
    else if (a.code !== a.id) c.fail('id', msg('idIsCode', { code: a.code }));
    if (a.border_region === undefined) c.fail('border_region', mustGot(msg('ruleBool'), undefined));
    if (a.office === undefined) c.fail('office', msg('needOffice'));
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
    if (year === undefined && !spanOk) c.fail('target', msg('needTargetYear'));
    if (span !== undefined && !spanOk) c.fail('target.span', msg('targetSpan'));
  },
  activities: () => {},
  challenges: () => {},
  vision: (c, v) => {
    if (v.kind === 'horizon' && v.year === undefined) c.fail('year', msg('needHorizon'));
  },
  regionalPolicies: () => {},
  regionalProjects: (c, p) => {
    p.kpis.forEach((k, i) =>
      k.series.forEach((s, j) => {
        for (const [name, pt] of [['base', s.base], ['target', s.target]] as const) {
          if (pt && pt.from > pt.to) c.fail(`kpis[${i}].series[${j}].${name}`, msg('fiscalRange', { from: pt.from, to: pt.to }));
        }
      }),
    );
  },
  documents: () => {},
};
