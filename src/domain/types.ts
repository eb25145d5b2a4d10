/**
 * The data model of senkon-atlas. Every record cites where it came from; the map and the
 * panels read meaning from these fields (kind, body, project ids), never colours or HTML.
 */

/** A citation: a seed file name and the section heading the fact was read under. */
export interface Source {
  file: string;
  section: string;
  /** Optional page/row hint inside the section, e.g. "（２/２）" or a KPI row label. */
  note?: string;
}

export type Lang = 'ja' | 'en';

// ---------------------------------------------------------------- areas

export type AreaLevel = 'hokkaido' | 'renkei' | 'shinkokyoku' | 'municipality';

export interface Area {
  /** 'hokkaido', 'renkei-…', 'sk-…', or the 5-digit local-government code for a municipality. */
  id: string;
  level: AreaLevel;
  name_ja: string;
  name_en?: string;
  /** id of the containing area; null only for hokkaido. */
  parent: string | null;
  /** 全国地方公共団体コード without check digit (5 digits), municipalities only. */
  code?: string;
  /** [lon, lat] of the municipal office (役場/市役所), municipalities only. */
  office?: [number, number];
  /** Where the office position was looked up. */
  office_basis?: string;
  /** 北方領土隣接地域 (根室市・別海町・中標津町・標津町・羅臼町). */
  border_region?: boolean;
  sources: Source[];
}

// ---------------------------------------------------------------- goals and bodies

export interface Goal {
  /** 'goal-1' … 'goal-5'. */
  id: string;
  number: number;
  /** The theme column, e.g. 食・産業. */
  theme_ja: string;
  theme_en?: string;
  /** The めざす姿 text. */
  name_ja: string;
  name_en?: string;
  /** 施策の方向性 / policy directions listed under the goal in 002. */
  directions_ja: string[];
  sources: Source[];
}

/** 国 (national) and 道 (Hokkaido) are the two 推進主体; the rest are 実施主体 / 推進体制 members. */
export type PromoterId = 'kuni' | 'do';

export interface Body {
  id: string;
  name_ja: string;
  name_en?: string;
  /** government | municipal | private | association | education | other */
  kind: 'government' | 'municipal' | 'private' | 'association' | 'education' | 'other';
  sources: Source[];
}

// ---------------------------------------------------------------- projects

export interface Initiative {
  /** The ○ heading, e.g. 我が国を先導する農水産物の生産力強化 */
  heading_ja: string;
  /** The ・ lines under it. */
  items_ja: string[];
  /** 実施主体 printed beside the group, as body ids. */
  bodies: string[];
}

export interface CoCreation {
  /** The ・ title, e.g. 地域マリンビジョンの推進 */
  title_ja: string;
  /** （取組内容） */
  content_ja: string;
  /** （推進体制） as printed. */
  structure_ja: string;
  /** （推進体制） resolved to body ids. */
  bodies: string[];
}

export interface Project {
  /** Stable id, e.g. 'p-food-industry'. */
  id: string;
  /** Every number it carries, e.g. ['1-(1)', '4-(2)'] (ASCII digits and parentheses). */
  numbers: string[];
  name_ja: string;
  name_en?: string;
  promoter: PromoterId;
  /** 推進エリア as printed. */
  area_ja: string;
  /** Area ids the 推進エリア covers. */
  areas: string[];
  summary_ja: string;
  /** Why a project shares a subject with an earlier plan's project without continuing it. */
  lineage_note_ja?: string;
  lineage_note_en?: string;
  /** Numbers printed as 【再掲】 of the project's first number in 001's overview. */
  reprints: { number: string; of: string }[];
  goals: string[];
  initiatives: Initiative[];
  cocreation: CoCreation[];
  /** Infrastructure lines as printed under 主な基盤整備 / 関連する主な基盤整備 (for the panel). */
  infrastructure_ja: string[];
  sources: Source[];
}

/** A project of an earlier plan generation (003 H28 policy, 000 policy units, 004 R3 policy). */
export type Generation = 'h28-policy' | 'policy-unit' | 'r3-policy' | 'vision';

export interface LegacyProject {
  id: string;
  generation: Exclude<Generation, 'vision'>;
  /** Number or label as printed, if any. */
  label?: string;
  name_ja: string;
  name_en?: string;
  summary_ja?: string;
  /** The current vision projects (ids in projects.json) that continue it. */
  continued_by: string[];
  /** Why those: the shared theme, in a few words. */
  continuation_basis_ja: string;
  sources: Source[];
}

// ---------------------------------------------------------------- KPIs

/** A value split 釧路 / 根室 where the document prints it. */
export interface SplitValue {
  total?: number | null;
  kushiro?: number | null;
  nemuro?: number | null;
}

export interface KpiObservation extends SplitValue {
  /** Fiscal year as 西暦 (e.g. 2015 for H27). */
  year: number;
  /** The progress rate the document prints in brackets, in percent, per split. */
  printed_progress?: SplitValue;
}

export interface Kpi {
  id: string;
  /** legacy project id (legacy-projects.json) or vision project id (projects.json). */
  project: string;
  generation: Exclude<Generation, 'vision'>;
  name_ja: string;
  name_en?: string;
  unit_ja: string;
  /** How splits combine: 'sum' means 釧路 + 根室 must equal total; others are not checked. */
  aggregation: 'sum' | 'average' | 'rate' | 'none';
  /** Higher is better unless 'decrease'. */
  direction: 'increase' | 'decrease';
  base: SplitValue & { year: number; year_label_ja?: string };
  observations: KpiObservation[];
  target: SplitValue & {
    /** Single target year (西暦) … */
    year?: number;
    /** … or a cumulative span, inclusive, e.g. [2016, 2020] for H28〜R2累計. */
    span?: [number, number];
    label_ja?: string;
  };
  /** Free text printed beside the KPI (注記), verbatim. */
  note_ja?: string;
  sources: Source[];
}

/** 施策展開 of 000: what a policy-unit project did / plans per year, with its scope. */
export interface Activity {
  id: string;
  project: string;
  year: number;
  /** R1 実績 / R2 取組 / R3 予定 */
  stage: 'result' | 'ongoing' | 'planned';
  /** ◎ whole region, ○ 釧路, ● 根室 */
  scope: 'region' | 'kushiro' | 'nemuro';
  text_ja: string;
  sources: Source[];
}

// ---------------------------------------------------------------- context layers

/** Background layers the plans name: parks and wetlands, scenic byways, the expressway, the islands. */
export const CONTEXT_LAYERS = ['parks', 'byways', 'expressway', 'islands'] as const;
export type ContextLayerId = (typeof CONTEXT_LAYERS)[number];

export interface ContextProperties {
  id: string;
  name_ja: string;
  name_en?: string;
  /** national-park, quasi-national-park, prefectural-park, ramsar-site, scenic-byway, expressway, expressway-section, island */
  kind: string;
  accuracy: Accuracy;
  represents_ja: string;
  geometry_basis: string;
  sources: Source[];
}

// ---------------------------------------------------------------- infrastructure

export type Category =
  | 'fishing-port'
  | 'harbor'
  | 'road'
  | 'river'
  | 'agriculture'
  | 'park'
  | 'airport'
  | 'disaster-prevention'
  | 'forestry'
  | 'fishery'
  | 'welfare'
  | 'coast'
  | 'border-promotion'
  /** A user's own file, loaded in the browser: not part of the plans. */
  | 'imported';

/** Categories that have a located GeoJSON file and a map layer. */
export const LOCATED_CATEGORIES = [
  'fishing-port',
  'harbor',
  'road',
  'river',
  'agriculture',
  'park',
  'airport',
  'disaster-prevention',
] as const satisfies readonly Category[];
export type LocatedCategory = (typeof LOCATED_CATEGORIES)[number];

/** Every category, located first (the legend's order). */
export const CATEGORIES: readonly Category[] = [...LOCATED_CATEGORIES, 'forestry', 'fishery', 'welfare', 'coast', 'border-promotion', 'imported'];

export type Accuracy = 'exact' | 'approximate' | 'representative-point';

/** Properties of every infrastructure feature (located or not). */
export interface ItemProperties {
  id: string;
  name_ja: string;
  name_en?: string;
  category: Category;
  /** Kind of work as printed, e.g. 外郭施設等, 係留施設等, 河川改修, 自然再生, 防雪, 整備. */
  work_ja: string;
  work_en?: string;
  /** Implementing body id (bodies.json). */
  body: string;
  /** Why that body: 'printed' when the plan names it for the item, 'project-promoter' when it is the 推進主体 of the listing project. */
  body_basis: 'printed' | 'project-promoter';
  /** Programme as printed, e.g. 水産生産基盤整備事業. */
  program_ja?: string;
  /** Every project (projects.json ids) whose list names the item. */
  projects: string[];
  /** Municipality codes the item lies in. */
  municipalities: string[];
  accuracy: Accuracy;
  /** What the geometry stands for, e.g. 漁港の代表点, 道路の区間（概略）. */
  represents_ja: string;
  /** Where the position came from (public reference), or why it is approximate. */
  geometry_basis: string;
  sources: Source[];
  /** Set only on items a user loaded from a file: the file and its own attributes, kept as data. */
  imported?: { file: string; properties: Record<string, string | number | boolean | null> };
}

// ---------------------------------------------------------------- the plans beyond the projects

/** A 課題 of a policy-unit project (000 「今後の取組を進める上での主な課題」). */
export interface Challenge {
  id: string;
  /** The policy-unit project (legacy-projects.json, generation policy-unit). */
  project: string;
  /** ◎ whole region, ○ 釧路, ● 根室 (as the activities). */
  scope: 'region' | 'kushiro' | 'nemuro';
  /** The ■ 施策 heading it is printed under. */
  heading_ja: string;
  text_ja: string;
  sources: Source[];
}

/** 002's 地域のめざす姿: the slogan, the horizon and the six statements. */
export interface VisionStatement {
  id: string;
  kind: 'slogan' | 'horizon' | 'statement';
  /** The goals a statement belongs to (none for the one common to all five). */
  goals: string[];
  text_ja: string;
  text_en?: string;
  /** The horizon's fiscal year (概ね2034年度). */
  year?: number;
  goal_basis_ja?: string;
  sources: Source[];
}

/** A base or target of a KPI printed in 003/004, as printed and read. */
export interface KpiPoint {
  printed_ja: string;
  value: number;
  unit_ja: string;
  /** 以上 / 以下 printed with the value. */
  bound?: 'at-least' | 'at-most';
  period_ja: string;
  /** Fiscal years (西暦) the period covers; one year when from = to. */
  from: number;
  to: number;
}

export interface RegionalKpiSeries {
  /** A split printed inside the line, e.g. 渡島地域 or 〔入院患者〕釧路. */
  label_ja?: string;
  base: KpiPoint | null;
  target: KpiPoint;
}

export interface RegionalKpi {
  /** The ○ line as printed. */
  printed_ja: string;
  name_ja: string;
  series: RegionalKpiSeries[];
}

export type PlanGeneration = 'h28-policy' | 'r3-policy';

/** A project printed on a 連携地域's page of 003 (H28) or 004 (R3). */
export interface RegionalProject {
  id: string;
  generation: PlanGeneration;
  /** The 連携地域 whose page prints it. */
  region: string;
  name_ja: string;
  /** The bracket printed with the name, e.g. 道央広域(後志、胆振、石狩). */
  scope_ja: string;
  /** The 振興局 (areas.json ids) the bracket names: more than one 連携地域 for a cross-region project. */
  areas: string[];
  measures_label_ja: string;
  measures_ja: string[];
  kpi_label_ja: string;
  kpis: RegionalKpi[];
  /** The same project in legacy-projects.json (釧路・根室 only). */
  legacy_project?: string;
  sources: Source[];
}

/** A 連携地域's page of 003 or 004: めざす姿, 主な施策の展開方向, printed totals. */
export interface RegionalPolicy {
  id: string;
  generation: PlanGeneration;
  area: string;
  vision_ja: string;
  directions_ja: string[];
  /** 全N プロジェクト as the page prints it. */
  projects_total: number;
  /** 'main': the page prints only the main projects (※主なプロジェクトを掲載). */
  printed: 'all' | 'main';
  projects: string[];
  total_note_ja?: string;
  directions_order_note_ja?: string;
  /** The row of the 主なプロジェクト table at the head of the document. */
  summary: {
    projects_total: number;
    example_project: string;
    example_name_ja: string;
    measures_ja: string[];
    kpi_ja: string;
    note_ja?: string;
  };
  sources: Source[];
}

/** A seed document: its file name and the title a planner knows it by. */
export interface PlanDocument {
  file: string;
  title_ja: string;
  title_en: string;
  /** What part of the document the seed holds. */
  part_ja: string;
  part_en: string;
}
