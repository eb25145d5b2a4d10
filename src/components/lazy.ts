/**
 * Code the first screen does not need, loaded the first time it is shown: the map and the list
 * come first, charts, the tour and the bold font a moment later. An element rendered before its
 * module arrives upgrades in place when it does (Lit keeps the properties set on it meanwhile).
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= load());
}

export const loadKpiChart = once(() => import('./kpi-chart.ts'));
/** All of Hokkaido (003 / 004): its elements, the region map and the boundaries' loader. */
export const loadHokkaidoView = once(() => import('./hokkaido-view.ts'));
export const loadActivityList = once(() => import('./activity-list.ts'));
/** The bold weight, registered once the subsets `text` needs are in (headings never show in a fallback font). */
let bold: Promise<void> | null = null;
export function loadBoldFont(text: string): Promise<void> {
  return (bold ??= import('virtual:font-faces/@fontsource/noto-sans-jp/700').then((m) => m.register(text)));
}

/** Starts a lazy load from inside a template condition: `${open && ensure(loadX) ? html`…` : nothing}`. */
export function ensure(load: () => Promise<unknown>): true {
  void load();
  return true;
}
