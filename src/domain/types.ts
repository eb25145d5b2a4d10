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
  AREA_LEVELS,
  ActivitySchema,
  AreaSchema,
  ChallengeSchema,
  DocumentSchema,
  RegionalPolicySchema,
  RegionalProjectSchema,
  VisionSchema,
  BodySchema,
  ContextPropertiesSchema,
  GoalSchema,
  ItemPropertiesSchema,
  KpiSchema,
  LegacyProjectSchema,
  ProjectSchema,
  ReadingSchema,
  SourceSchema,
} from './data/schemas.ts';
import { CONTEXT_LAYERS, IMPORTED_CATEGORY, LOCATED_CATEGORIES, PLAN_CATEGORIES, type Category } from './vocabulary.ts';

export type { Accuracy, Category, ContextLayerId, Generation, Lang, LocatedCategory, PlanGeneration, PromoterId } from './vocabulary.ts';

export { CONTEXT_LAYERS, LOCATED_CATEGORIES };

/** A citation: a seed file name and the section heading the fact was read under. */
export type Source = InferOutput<typeof SourceSchema>;

export type AreaLevel = (typeof AREA_LEVELS)[number];
export type Area = InferOutput<typeof AreaSchema>;
export type Goal = InferOutput<typeof GoalSchema>;
export type Body = InferOutput<typeof BodySchema>;

export type Project = InferOutput<typeof ProjectSchema>;
export type Initiative = Project['initiatives'][number];
export type CoCreation = Project['cocreation'][number];

export type LegacyProject = InferOutput<typeof LegacyProjectSchema>;

export type Kpi = InferOutput<typeof KpiSchema>;
export type KpiObservation = Kpi['observations'][number];
/** A value split 釧路 / 根室 where the document prints it. */
export type SplitValue = Pick<KpiObservation, 'total' | 'kushiro' | 'nemuro'>;
export type Activity = InferOutput<typeof ActivitySchema>;

export type ContextProperties = InferOutput<typeof ContextPropertiesSchema>;

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

export type Challenge = InferOutput<typeof ChallengeSchema>;
export type VisionStatement = InferOutput<typeof VisionSchema>;
export type RegionalProject = InferOutput<typeof RegionalProjectSchema>;
export type RegionalKpi = RegionalProject['kpis'][number];
export type RegionalKpiSeries = RegionalKpi['series'][number];
export type KpiPoint = RegionalKpiSeries['target'];
export type RegionalPolicy = InferOutput<typeof RegionalPolicySchema>;
export type PlanDocument = InferOutput<typeof DocumentSchema>;
/** A cited kana reading of a place name in item names (data/readings.json). */
export type Reading = InferOutput<typeof ReadingSchema>;
