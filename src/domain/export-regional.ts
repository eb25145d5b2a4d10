import { BOM, field } from './export/csv.ts';
import { label, nameOf } from './i18n.ts';
import type { Area, KpiPoint, Lang, RegionalProject } from './types.ts';

/**
 * The projects of 003 / 004 (all of Hokkaido, or the ones concerning one area) as CSV: one row
 * per KPI figure (a KPI printed for two places gives two rows), with the printed text beside the
 * values read from it, so the table can be checked against the documents.
 */
export function regionalCsv(projects: readonly RegionalProject[], areas: readonly Area[], lang: Lang): string {
  const head =
    lang === 'ja'
      ? [
          'ID',
          '計画',
          '連携地域',
          'プロジェクト',
          '対象（記載）',
          '施策',
          '指標',
          '区分',
          '基準値（記載）',
          '基準値',
          '基準年度',
          '目標値（記載）',
          '目標値',
          '目標年度',
          '単位',
          '出典',
        ]
      : [
          'ID',
          'Plan',
          'Region',
          'Project',
          'Scope (as printed)',
          'Measures',
          'KPI',
          'Split',
          'Base (printed)',
          'Base',
          'Base FY',
          'Target (printed)',
          'Target',
          'Target FY',
          'Unit',
          'Sources',
        ];
  const span = (p: KpiPoint | null) => (p ? (p.from === p.to ? String(p.from) : `${p.from}-${p.to}`) : '');
  const rows = projects.flatMap((p) => {
    const region = areas.find((a) => a.id === p.region);
    return p.kpis.flatMap((k) =>
      k.series.map((s) => [
        p.id,
        label(lang, 'generation', p.generation),
        region ? nameOf(lang, region) : p.region,
        p.name_ja,
        p.scope_ja,
        p.measures_ja.join(' / '),
        k.name_ja,
        s.label_ja ?? '',
        s.base?.printed_ja ?? '',
        s.base?.value ?? '',
        span(s.base),
        s.target.printed_ja,
        s.target.value,
        span(s.target),
        s.target.unit_ja,
        p.sources.map((x) => `${x.file} ${x.section}`).join(' | '),
      ]),
    );
  });
  return BOM + [head, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
