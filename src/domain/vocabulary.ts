/**
 * The word lists of the data model as plain constants, and the types named after them: they
 * live apart from the runtime schemas (which only the data loader, the worker chunk, loads) and
 * import nothing, so the schemas, the message catalogue and the records' types can all use them
 * without importing one another in a circle. The other lists are in data/schemas.ts.
 */

/** The UI languages. */
export type Lang = 'ja' | 'en';

/** Background layers the plans name: parks and wetlands, scenic byways, the expressway, the islands. */
export const CONTEXT_LAYERS = ['parks', 'byways', 'expressway', 'islands'] as const;

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
] as const;

/** Categories the plans name without a located file of their own. */
export const UNLOCATED_CATEGORIES = ['forestry', 'fishery', 'welfare', 'coast', 'border-promotion'] as const;

/** Every category a data file may hold, located first (the legend's order). */
export const PLAN_CATEGORIES = [...LOCATED_CATEGORIES, ...UNLOCATED_CATEGORIES] as const;

/** A user's own file, loaded in the browser: not part of the plans, never in a data file. */
export const IMPORTED_CATEGORY = 'imported' as const;

/** 国 (national) and 道 (Hokkaido) are the two 推進主体; the rest are 実施主体 / 推進体制 members. */
export const PROMOTERS = ['kuni', 'do'] as const;
/** Earlier plan generations: 003 H28 policy, 000 policy units, 004 R3 policy. */
export const LEGACY_GENERATIONS = ['h28-policy', 'policy-unit', 'r3-policy'] as const;
/** The two generations of the Hokkaido-wide plans (003, 004). */
export const PLAN_GENERATIONS = ['h28-policy', 'r3-policy'] as const;
export const ACCURACIES = ['exact', 'approximate', 'representative-point'] as const;
export const ACTIVITY_STAGES = ['result', 'ongoing', 'planned'] as const;
export const ACTIVITY_SCOPES = ['region', 'kushiro', 'nemuro'] as const;

export type PromoterId = (typeof PROMOTERS)[number];
/** The plan generations: the earlier ones (legacy-projects.json) and the current vision. */
export type Generation = (typeof LEGACY_GENERATIONS)[number] | 'vision';
export type PlanGeneration = (typeof PLAN_GENERATIONS)[number];
export type Accuracy = (typeof ACCURACIES)[number];
export type ActivityStage = (typeof ACTIVITY_STAGES)[number];
export type ActivityScope = (typeof ACTIVITY_SCOPES)[number];
export type ContextLayerId = (typeof CONTEXT_LAYERS)[number];
export type LocatedCategory = (typeof LOCATED_CATEGORIES)[number];
/** The plans' categories, and 'imported' for a user's own file loaded in the browser. */
export type Category = (typeof PLAN_CATEGORIES)[number] | typeof IMPORTED_CATEGORY;
/** A KPI value's part: the whole region, or 釧路 / 根室 where the document splits it. */
export type Split = 'total' | 'kushiro' | 'nemuro';
export type KpiStatus = 'achieved' | 'on-track' | 'behind' | 'unknown';
/** What the Hokkaido view colours the 振興局 by. */
export type RegionMeasureKind = 'projects' | 'total' | 'kpi';
