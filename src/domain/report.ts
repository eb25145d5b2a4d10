import { type BBox, boundsOf } from './analysis.ts';
import type { Atlas, ProjectKpi } from './atlas.ts';
import type { Item } from './data/validate.ts';
import { CATEGORIES, type Category, type Project, type Source } from './types.ts';

/** What an A4 report is about: a municipality (or another area) or a project. */
export interface ReportTarget {
  kind: 'area' | 'project';
  id: string;
}

/** Everything an A4 report shows, computed from the data alone (the element lays it out). */
export interface Report {
  target: ReportTarget;
  name_ja: string;
  name_en?: string;
  /** Project numbers, for a project report. */
  numbers: string[];
  /** Items in the area or of the project, located first, then in data order. */
  items: Item[];
  byCategory: [Category, number][];
  byBody: [string, number][];
  /** For an area: the projects touching it; for a project: itself. With their KPIs. */
  projects: { project: Project; kpis: ProjectKpi[] }[];
  /** Where the located items lie, for framing the map; null when none is located. */
  bounds: BBox | null;
  /** Every source cited by the items, projects and KPIs shown, once each, in file then section order. */
  sources: Source[];
}

export function buildReport(atlas: Atlas, target: ReportTarget): Report | null {
  const record = target.kind === 'area' ? atlas.areaById.get(target.id) : atlas.projectById.get(target.id);
  if (!record) return null;
  const all =
    target.kind === 'area' ? atlas.data.items.filter((i) => atlas.areasOfItem(i).includes(target.id)) : atlas.itemsOfProject(target.id);
  const items = [...all.filter((i) => i.geometry), ...all.filter((i) => !i.geometry)];
  const projectIds = target.kind === 'project' ? [target.id] : [...new Set(items.flatMap((i) => i.properties.projects))];
  const projects = projectIds.flatMap((id) => {
    const project = atlas.projectById.get(id);
    return project ? [{ project, kpis: atlas.kpisOfProject(id) }] : [];
  });
  const cited = [
    ...record.sources,
    ...items.flatMap((i) => i.properties.sources),
    ...projects.flatMap((p) => [...p.project.sources, ...p.kpis.flatMap((k) => k.kpi.sources)]),
  ];
  return {
    target,
    name_ja: record.name_ja,
    ...(record.name_en ? { name_en: record.name_en } : {}),
    numbers: 'numbers' in record ? record.numbers : [],
    items,
    byCategory: tally(items.map((i) => i.properties.category)).sort((a, b) => CATEGORIES.indexOf(a[0]) - CATEGORIES.indexOf(b[0])),
    byBody: tally(items.map((i) => i.properties.body)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    projects,
    bounds: boundsOf(items),
    sources: uniqueSources(cited),
  };
}

function tally<K>(keys: K[]): [K, number][] {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m];
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of sources) {
    const key = `${s.file}\u0000${s.section}`;
    if (!seen.has(key)) seen.set(key, { file: s.file, section: s.section });
  }
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file) || a.section.localeCompare(b.section, 'ja'));
}

/** "senkon-atlas_report_別海町_2026-12-04": the file name a browser offers when printing to PDF (the page title). */
export function reportTitle(report: Report, name: string, date: Date): string {
  return `senkon-atlas_${report.target.kind === 'project' ? (report.numbers[0] ?? report.target.id) : name}_${isoDate(date)}`;
}

/** The local calendar date, 2026-12-04. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
