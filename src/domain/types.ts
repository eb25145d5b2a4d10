/**
 * The data model of senkon-atlas. Every record cites where it came from; the map and the
 * panels read meaning from these fields (kind, body, project ids), never colours or HTML.
 *
 * The record types are inferred from the runtime schemas in `data/schemas.ts` (the one
 * definition; field docs are there). The import is type-only: the validator stays out of the
 * app's first bundle.
 */
import type { InferOutput } from 'valibot';
import type {
  ACCURACIES,
  AREA_LEVELS,
  ActivitySchema,
  AreaSchema,
  BodySchema,
  ContextPropertiesSchema,
  GoalSchema,
  ItemPropertiesSchema,
  KpiSchema,
  LEGACY_GENERATIONS,
  LegacyProjectSchema,
  PROMOTERS,
  ProjectSchema,
  SourceSchema,
} from './data/schemas.ts';
import { CONTEXT_LAYERS, IMPORTED_CATEGORY, LOCATED_CATEGORIES, PLAN_CATEGORIES } from './vocabulary.ts';

export { CONTEXT_LAYERS, LOCATED_CATEGORIES };

export type Lang = 'ja' | 'en';

/** A citation: a seed file name and the section heading the fact was read under. */
export type Source = InferOutput<typeof SourceSchema>;

export type AreaLevel = (typeof AREA_LEVELS)[number];
export type Area = InferOutput<typeof AreaSchema>;
export type Goal = InferOutput<typeof GoalSchema>;
export type PromoterId = (typeof PROMOTERS)[number];
export type Body = InferOutput<typeof BodySchema>;

export type Project = InferOutput<typeof ProjectSchema>;
export type Initiative = Project['initiatives'][number];
export type CoCreation = Project['cocreation'][number];

/** The plan generations: the earlier ones (legacy-projects.json) and the current vision. */
export type Generation = (typeof LEGACY_GENERATIONS)[number] | 'vision';
export type LegacyProject = InferOutput<typeof LegacyProjectSchema>;

export type Kpi = InferOutput<typeof KpiSchema>;
export type KpiObservation = Kpi['observations'][number];
/** A value split 釧路 / 根室 where the document prints it. */
export type SplitValue = Pick<KpiObservation, 'total' | 'kushiro' | 'nemuro'>;
export type Activity = InferOutput<typeof ActivitySchema>;

export type ContextLayerId = (typeof CONTEXT_LAYERS)[number];
export type ContextProperties = InferOutput<typeof ContextPropertiesSchema>;

export type Accuracy = (typeof ACCURACIES)[number];
export type LocatedCategory = (typeof LOCATED_CATEGORIES)[number];
/** The plans' categories, and 'imported' for a user's own file loaded in the browser. */
export type Category = (typeof PLAN_CATEGORIES)[number] | typeof IMPORTED_CATEGORY;

/** Every category, located first (the legend's order). */
export const CATEGORIES: readonly Category[] = [...PLAN_CATEGORIES, IMPORTED_CATEGORY];

/**
 * Properties of every infrastructure feature (located or not): as in the data files, plus what
 * only the browser sets on a user's own items.
 */
export type ItemProperties = Omit<InferOutput<typeof ItemPropertiesSchema>, 'category'> & {
  category: Category;
  /** Set only on items a user loaded from a file: the file and its own attributes, kept as data. */
  imported?: { file: string; properties: Record<string, string | number | boolean | null> };
};

// ---------------------------------------------------------------- the plans beyond the projects
// (written by hand until their files are loaded and checked with a runtime schema)

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
