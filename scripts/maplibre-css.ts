import type { AtRule, Plugin, Rule } from 'postcss';

/**
 * MapLibre's stylesheet styles every control it ships; the map adds only navigation, attribution,
 * scale and a hover popup. The rules of the others are 60 % of the sheet (the logo alone is an
 * inline SVG of 13 KB, the geolocate, fullscreen, terrain and globe icons come in four colour
 * schemes each) and all of it is loaded before the first render. A rule is dropped only when
 * every one of its selectors names one of these controls, so shared rules stay whole.
 */
export const UNUSED_CONTROLS = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-geolocate',
  'maplibregl-user-location',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-marker',
] as const;

// A class that begins with one of the names (maplibregl-user-location-dot-stale too).
const unused = new RegExp(`\\.(${UNUSED_CONTROLS.join('|')})`);

/** The PostCSS plugin: applied to maplibre-gl's own stylesheet only. */
export function dropUnusedMaplibreControls(): Plugin {
  return {
    postcssPlugin: 'senkon-drop-unused-maplibre-controls',
    Once(root, { result }) {
      if (!/[/\\]maplibre-gl[/\\]/.test(result.opts.from ?? '')) return;
      root.walkRules((rule: Rule) => {
        const kept = rule.selectors.filter((s) => !unused.test(s));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Media queries that held only dropped rules.
      root.walkAtRules((at: AtRule) => {
        if (at.nodes && at.nodes.length === 0) at.remove();
      });
    },
  };
}
