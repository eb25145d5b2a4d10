import type { Atlas } from './atlas.ts';
import type { Selection } from './state.ts';

/**
 * The items the map emphasises for a selection: an area's located items, a project's items, or
 * the items a KPI measures (its own project's only: a KPI of an earlier plan measures none). An item selection is shown by the map's own
 * "selected" state, so it highlights nothing; during a tour the scene decides (`sceneItems`).
 */
export function highlightedItems(atlas: Atlas | null, selection: Selection | null, sceneItems?: readonly string[]): readonly string[] {
  if (atlas && sceneItems) return sceneItems;
  if (!selection || !atlas) return [];
  if (selection.kind === 'area')
    return atlas.data.items.filter((i) => i.geometry && atlas.areasOfItem(i).includes(selection.id)).map((i) => i.properties.id);
  const kpi = selection.kind === 'kpi' ? atlas.kpiById.get(selection.id) : undefined;
  if (kpi) return atlas.itemsMeasuredByKpi(kpi).map((i) => i.properties.id);
  const projects = selection.kind === 'project' ? [selection.id] : [];
  return [...new Set(projects.flatMap((p) => atlas.itemsOfProject(p).map((i) => i.properties.id)))];
}

/** Whether a selection is one the map frames when the user chooses it (a group of items, not one). */
export function framesOnSelect(selection: Selection | null): boolean {
  return !!selection && selection.kind !== 'item' && selection.kind !== 'context';
}
