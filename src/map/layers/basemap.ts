import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP } from '../../theme.ts';

export const BASEMAP_SOURCES = { land: 'land', places: 'places', towns: 'towns' } as const;

/** The embedded offline basemap: sea, land (incl. the islands offshore), place and municipality names. */
export function basemapLayers(nameField: string): LayerSpecification[] {
  const label = (size: number) => ({
    'text-field': ['coalesce', ['get', nameField], ['get', 'name_ja']],
    'text-font': ['Noto Sans JP'],
    'text-size': size,
  });
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
    // The outline layer draws the coast; fill-antialias would draw it a second time.
    { id: 'land', type: 'fill', source: BASEMAP_SOURCES.land, paint: { 'fill-color': BASEMAP.land, 'fill-antialias': false } },
    { id: 'land-outline', type: 'line', source: BASEMAP_SOURCES.land, paint: { 'line-color': BASEMAP.landOutline, 'line-width': 0.8 } },
    {
      id: 'place-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.places,
      layout: { ...label(12), 'text-max-width': 6 } as LayerSpecification['layout'],
      paint: { 'text-color': BASEMAP.waterLabel, 'text-halo-color': BASEMAP.labelHalo, 'text-halo-width': 1.2 },
    } as LayerSpecification,
    {
      id: 'town-labels',
      type: 'symbol',
      source: BASEMAP_SOURCES.towns,
      layout: { ...label(14), 'text-anchor': 'center' } as LayerSpecification['layout'],
      paint: { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.labelHalo, 'text-halo-width': 1.6 },
    } as LayerSpecification,
  ];
}
