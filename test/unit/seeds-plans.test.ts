import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../load-data.ts';

/**
 * Completeness against the plan documents: every 課題 line of 000, every めざす姿 statement of 002,
 * every project heading, 施策 and KPI line of 003 and 004 is carried in data/. The checks read the
 * seeds independently of how the data was written (markers, arrows, headings), so a fact missing
 * from data/ fails here. The seeds live outside the project; without them these tests are skipped.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const have = existsSync(SEEDS);
const F0 = '000_06cf854e2d481849.txt';
const F1 = '001_7bf47494a3ec3789.txt';
const F2 = '002_85a89839165feba5.txt';
const F3 = '003_9ff3f2c4b2a3626f.txt';
const F4 = '004_b3f16f4d68dca463.txt';

const raw = (file: string) => readFileSync(join(SEEDS, file), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const json = <T>(file: string): T => JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T;

interface Src {
  file: string;
  section: string;
  note?: string;
}
interface Challenge {
  id: string;
  project: string;
  scope: string;
  heading_ja: string;
  text_ja: string;
  sources: Src[];
}
interface Activity {
  text_ja: string;
}
interface Vision {
  id: string;
  kind: string;
  goals: string[];
  text_ja: string;
  sources: Src[];
}
interface Point {
  printed_ja: string;
  value: number;
}
interface Kpi {
  printed_ja: string;
  name_ja: string;
  series: { label_ja?: string; base: Point | null; target: Point }[];
}
interface RProject {
  id: string;
  generation: string;
  region: string;
  name_ja: string;
  scope_ja: string;
  areas: string[];
  measures_ja: string[];
  measures_label_ja: string;
  kpi_label_ja: string;
  kpis: Kpi[];
  legacy_project?: string;
  sources: Src[];
}
interface RPolicy {
  id: string;
  generation: string;
  area: string;
  vision_ja: string;
  directions_ja: string[];
  projects_total: number;
  printed: string;
  projects: string[];
  summary: { projects_total: number; example_name_ja: string; measures_ja: string[]; kpi_ja: string };
}

describe.skipIf(!have)('every fact of the plans is in data/', () => {
  const challenges = have ? json<Challenge[]>('challenges.json') : [];
  const activities = have ? json<Activity[]>('activities.json') : [];
  const vision = have ? json<Vision[]>('vision.json') : [];
  const rprojects = have ? json<RProject[]>('regional-projects.json') : [];
  const rpolicies = have ? json<RPolicy[]>('regional-policies.json') : [];

  it('000: every ◎○● line is a yearly activity or a 課題, and every 課題 is printed in 000', () => {
    const carried = [...activities.map((a) => squash(a.text_ja)), ...challenges.map((c) => squash(c.text_ja))];
    const marked = raw(F0)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[◎○●]/.test(l))
      .flatMap((l) =>
        l
          .split(/[◎○●]/)
          .filter((x) => x.trim() !== '')
          .map(squash),
      );
    expect(marked.length).toBeGreaterThan(380);
    const missing = marked.filter((m) => !carried.some((c) => c.startsWith(m.slice(0, 14))));
    expect(missing).toEqual([]);
    const seed = squash(raw(F0));
    for (const c of challenges) {
      expect(seed, c.id).toContain(squash(c.text_ja));
      expect(seed, c.id).toContain(squash(c.heading_ja));
      expect(c.sources[0]!.file).toBe(F0);
    }
  });

  it('000: the 課題 of the five units, each printed block counted (25, 15, 15, 15, 13)', () => {
    const per = (u: number) => challenges.filter((c) => c.project === `lp-unit-${u}`).length;
    expect([1, 2, 3, 4, 5].map(per)).toEqual([25, 15, 15, 15, 13]);
    expect(challenges.map((c) => c.text_ja)).toContain('沿岸に来遊するサケの安定生産');
    // 000 prints each unit's 課題 block once, after the ■ 施策 headings of that unit.
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
  });

  it('002: the slogan, the horizon and all six めざす姿 statements', () => {
    const text = raw(F2);
    const after = text.slice(text.indexOf('〈概ね'));
    const statements = after.split('\n').slice(1).join('\n').split(/^・/m).map(squash).filter(Boolean);
    expect(statements).toHaveLength(6);
    const carried = vision.filter((v) => v.kind === 'statement').map((v) => squash(v.text_ja));
    expect(carried).toEqual(statements);
    const seed = squash(text);
    for (const v of vision) expect(seed, v.id).toContain(squash(v.text_ja));
    expect(vision.find((v) => v.kind === 'horizon')!.text_ja).toContain('概ね２０３４年度');
    expect(vision.find((v) => v.kind === 'slogan')!.text_ja).toContain('輝く「釧路・根室連携地域」');
  });

  for (const [file, gen, projects] of [
    [F3, 'h28-policy', 34],
    [F4, 'r3-policy', 36],
  ] as const) {
    it(`${file.slice(0, 3)}: every printed project, 施策, KPI, めざす姿 and direction is carried (${projects} projects)`, () => {
      const mine = rprojects.filter((p) => p.generation === gen);
      const policies = rpolicies.filter((p) => p.generation === gen);
      expect(mine).toHaveLength(projects);
      expect(policies).toHaveLength(6);
      const seed = squash(raw(file));
      const strings = [
        ...mine.flatMap((p) => [
          squash(`${p.name_ja}`) +
            (file === F3 && seed.includes(`${squash(p.name_ja)}</p>`) ? '</p><pstyle="text-align:center;">' : '') +
            `【${squash(p.scope_ja)}】`,
          ...p.measures_ja.map((m) => `■${squash(m)}`),
          ...p.kpis.map((k) => squash(k.printed_ja)),
        ]),
        ...policies.flatMap((p) => [
          squash(p.vision_ja),
          ...p.directions_ja.map((d) => (file === F4 ? `○${squash(d)}` : squash(d))),
          ...p.summary.measures_ja.map((m) => `■${squash(m)}`),
          squash(p.summary.kpi_ja),
          squash(p.summary.example_name_ja),
        ]),
      ];
      for (const s of strings) expect(seed, s).toContain(s);
      // Remove what data/ carries (longest first); no project heading, 施策 (■), KPI (○, →) may remain.
      let rest = seed.replace(/全[\d０-９]+プロジェクト/g, '');
      for (const s of [...strings].sort((a, b) => b.length - a.length)) rest = rest.split(s).join('');
      expect(rest.match(/.{0,30}(プロジェクト(<\/p><pstyle="text-align:center;">)?【|■|○|→).{0,30}/g) ?? []).toEqual([]);
    });
  }

  it('003 and 004: the printed project totals, 全51 in both', () => {
    for (const gen of ['h28-policy', 'r3-policy']) {
      const policies = rpolicies.filter((p) => p.generation === gen);
      expect(policies.reduce((n, p) => n + p.summary.projects_total, 0)).toBe(51);
      for (const p of policies) {
        if (p.printed === 'all') expect(p.projects, p.id).toHaveLength(p.projects_total);
        else expect(p.projects.length, p.id).toBeLessThan(p.projects_total);
      }
    }
    const seed3 = squash(raw(F3));
    const seed4 = squash(raw(F4));
    for (const p of rpolicies) {
      const seed = p.generation === 'h28-policy' ? seed3 : seed4;
      expect(seed, p.id).toContain(
        p.generation === 'h28-policy' ? `全${p.projects_total}プロジェクト` : `全${toWide(p.projects_total)}プロジェクト`,
      );
    }
  });

  it('003 and 004: every KPI value is read from its printed line', () => {
    for (const p of rprojects) {
      for (const k of p.kpis) {
        const line = squash(k.printed_ja);
        expect(line, p.id).toContain(squash(k.name_ja).slice(0, 12));
        for (const s of k.series) {
          for (const pt of [s.base, s.target]) {
            if (!pt) continue;
            expect(line, `${p.id} ${k.name_ja}`).toContain(squash(pt.printed_ja));
            const digits = pt.printed_ja
              .replace(/[０-９]/g, (d) => String('０１２３４５６７８９'.indexOf(d)))
              .replace(/,/g, '')
              .match(/\d+(\.\d+)?/);
            expect(Number(digits![0]), `${p.id} ${pt.printed_ja}`).toBe(pt.value);
          }
        }
      }
    }
  });

  it('001: the six 【再掲】 numbers are recorded on their projects', () => {
    const printed = [
      ...squash(raw(F1)).matchAll(/([１-５])－（([１-６])）[^【－]{0,60}?プロジェクト【再掲】([１-５])－（([１-６])）/g),
    ].map((m) => `${toNarrow(m[1]!)}-(${toNarrow(m[2]!)})←${toNarrow(m[3]!)}-(${toNarrow(m[4]!)})`);
    expect(printed).toHaveLength(6);
    const projects = json<{ numbers: string[]; reprints: { number: string; of: string }[] }[]>('projects.json');
    const carried = projects.flatMap((p) =>
      p.reprints.map((r) => {
        expect(p.numbers).toContain(r.number);
        expect(p.numbers[0]).toBe(r.of);
        return `${r.number}←${r.of}`;
      }),
    );
    expect(carried.sort()).toEqual(printed.sort());
  });
});

function toWide(n: number): string {
  return String(n).replace(/\d/g, (d) => '０１２３４５６７８９'[Number(d)]!);
}
function toNarrow(s: string): string {
  return s.replace(/[０-９]/g, (d) => String('０１２３４５６７８９'.indexOf(d)));
}
