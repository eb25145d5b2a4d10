import { t } from '../domain/i18n.ts';
import type { Lang } from '../domain/types.ts';

/**
 * MapLibre's control labels in the UI language. MapLibre reads its locale once, when the map is
 * made; on a language switch the labels it wrote are rewritten here (its buttons keep no other
 * copy of them), so a screen reader hears the controls in the language the page is in.
 */
export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': t(lang, 'mapZoomIn'),
    'NavigationControl.ZoomOut': t(lang, 'mapZoomOut'),
    'NavigationControl.ResetBearing': t(lang, 'mapResetBearing'),
    'AttributionControl.ToggleAttribution': t(lang, 'mapToggleAttribution'),
    'AttributionControl.MapFeedback': t(lang, 'mapFeedback'),
    'Map.Title': t(lang, 'mapLabel'),
    'CooperativeGesturesHandler.MobileHelpText': t(lang, 'mapTwoFingers'),
    'CooperativeGesturesHandler.WindowsHelpText': t(lang, 'mapCtrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t(lang, 'mapCmdScroll'),
  };
}

const LABELLED: [selector: string, key: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution'],
  ['canvas.maplibregl-canvas', 'Map.Title'],
];

/** Rewrites the labels of the controls inside a map's container for another language. */
export function relabelControls(container: HTMLElement, lang: Lang): void {
  const locale = mapLocale(lang);
  for (const [selector, key] of LABELLED) {
    for (const el of container.querySelectorAll<HTMLElement>(selector)) {
      el.setAttribute('aria-label', locale[key]!);
      if (el.tagName !== 'CANVAS') el.title = locale[key]!;
    }
  }
}
