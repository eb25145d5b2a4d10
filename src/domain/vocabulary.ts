/**
 * The word lists of the data model that the app's first render needs (legend order, layers),
 * as plain constants: they live apart from the runtime schemas, which only the data loader
 * (the worker chunk) loads. The other lists are in data/schemas.ts.
 */

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
