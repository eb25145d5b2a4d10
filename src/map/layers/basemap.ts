import type { LayerSpecification } from 'maplibre-gl';
import { BASEMAP } from '../../theme.ts';

export const BASEMAP_SOURCES = { land: 'land', places: 'places', towns: 'towns' } as const;

/**
 * The embedded offline basemap's ground: sea and land (incl. the islands offshore). The fill draws
 * the coast as its one-pixel edge: a line layer for it cost a frame 2–4 ms more in software GL.
 */
export function basemapGround(): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP.sea } },
    { id: 'land', type: 'fill', source: BASEMAP_SOURCES.land, paint: { 'fill-color': BASEMAP.land, 'fill-outline-color': BASEMAP.landOutline } },
  ];
}

/** The embedded offline basemap's place and municipality names, drawn above the context layers. */
export function basemapLabels(nameField: string): LayerSpecification[] {
  const label = (size: number) => ({
    'text-field': ['coalesce', ['get', nameField], ['get', 'name_ja']],
    'text-font': ['Noto Sans JP'],
    'text-size': size,
  });
  return [
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
