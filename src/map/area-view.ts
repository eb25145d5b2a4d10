import type { Atlas } from '../domain/atlas.ts';
import type { Filters } from '../domain/filters.ts';
import type { Selection } from '../domain/state.ts';
import { AREA_LAYERS, codesFilter } from './layers/boundaries.ts';
import { type StyleTarget, setFilterIfChanged, setVisibleIfChanged } from './style-changes.ts';

/**
 * The area asked about, drawn: a chosen area (municipality, 振興局, the region) gets its outline
 * and the rest of the land dimmed; the 北方領土隣接地域 filter (border=inside|outside) gets the
 * outline of its 5 towns while it is on. Runs on every selection change: what is already drawn so
 * is left alone (most selections are items, and leave the area as it was).
 */
export function showArea(map: StyleTarget, h: { atlas: Atlas | null; selection: Selection | null; filters: Filters }): void {
  const atlas = h.atlas;
  const sel = h.selection;
  const codesOf = (pick: (a: Atlas['municipalities'][number]) => boolean) =>
    atlas ? atlas.municipalities.filter(pick).map((m) => m.code ?? m.id) : [];
  const under = sel?.kind === 'area' && atlas ? atlas.descendants(sel.id) : null;
  const codes = under ? codesOf((m) => under.has(m.id)) : h.filters.border !== 'all' ? codesOf((m) => m.border_region === true) : [];
  const masked = !!under && codes.length > 0;
  for (const id of [AREA_LAYERS.outline, AREA_LAYERS.casing]) {
    setFilterIfChanged(map, id, codesFilter(codes));
    setVisibleIfChanged(map, id, codes.length > 0);
  }
  setFilterIfChanged(map, AREA_LAYERS.maskRegion, ['!', codesFilter(codes)]);
  for (const id of [AREA_LAYERS.maskRegion, AREA_LAYERS.maskRest]) setVisibleIfChanged(map, id, masked);
}
