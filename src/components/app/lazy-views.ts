import { once } from '../lazy.ts';

/**
 * The app's views that wait for their first showing: the detail panel, the tour's caption, the
 * KPI overview. Apart from lazy.ts (the parts these views load themselves), so that no view
 * imports the module that imports it.
 */
export const loadFeaturePanel = once(() => import('../feature-panel.ts'));
export const loadTourPlayer = once(() => import('../tour-player.ts'));
/** The chips of the active filters: only when a filter is on. */
export const loadFilterChips = once(() => import('../filter-chips.ts'));
export const loadKpiOverview = once(() => import('../kpi-overview.ts'));
/** The presenter's tour editor, and the module that keeps its tours in the browser. */
export const loadTourEditor = once(() => import('../tour-editor.ts'));
export const loadTourStorage = once(() => import('./tour-storage.ts'));
