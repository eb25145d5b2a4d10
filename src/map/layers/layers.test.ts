import {
  type LayerSpecification,
  type SourceSpecification,
  type StylePropertySpecification,
  type StyleSpecification,
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filterExpression } from '../../domain/filters.ts';
import { FIRST_ZOOM } from '../../domain/map-features.ts';
import * as theme from '../../theme.ts';
import { BASEMAP_SOURCES, basemapGround } from './basemap.ts';
import { areaLayers, boundaryLayers } from './boundaries.ts';
import { labelLayers } from './labels.ts';
import { CONTEXT_CLICKABLE, CONTEXT_LAYER_IDS, contextLayers, contextSource } from './context.ts';
import {
  CLICKABLE_PARTS,
  DENSE_ICON_MINZOOM,
  IMPORTED_SOURCE,
  ITEMS_SOURCE,
  ITEM_PARTS,
  TILES_SOURCE,
  denseZoomRanges,
  emphasis,
  fillPaint,
  infrastructureLayers,
  layerId,
} from './infrastructure.ts';
import { ONLINE_BASEMAPS, ONLINE_SOURCE, onlineLayer } from './online-basemaps.ts';
import { projectorChanges } from './projector.ts';

const empty: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
const filters = [EMPTY_FILTERS, { ...EMPTY_FILTERS, categories: ['road' as const], areas: ['01223'], border: 'inside' as const }];

/** Every layer the app can put on the map, in every variant, in one style (as the controller builds it). */
function fullStyle(f = EMPTY_FILTERS, nameField = 'name_ja', dense = false): StyleSpecification {
  return {
    version: 8,
    sources: {
      ...Object.fromEntries(
        Object.values(BASEMAP_SOURCES).map((s) => [
          s,
          s === BASEMAP_SOURCES.tiles ? { type: 'vector', tiles: ['http://127.0.0.1/basemap/{z}/{x}/{y}.pbf'] } : empty,
        ]),
      ),
      ...Object.fromEntries(Object.keys(CONTEXT_LAYER_IDS).map((id) => [contextSource(id as keyof typeof CONTEXT_LAYER_IDS), empty])),
      [ITEMS_SOURCE]: empty,
      [TILES_SOURCE]: { type: 'vector', tiles: ['http://127.0.0.1/tiles/{z}/{x}/{y}.pbf'] },
      [ONLINE_SOURCE]: ONLINE_BASEMAPS['gsi-pale'],
    },
    layers: [
      ...basemapGround(),
      onlineLayer(),
      ...boundaryLayers(),
      ...contextLayers([], nameField),
      ...areaLayers(['01691']),
      ...infrastructureLayers(filterExpression(f), nameField, { source: TILES_SOURCE, sourceLayer: 'items', dense }),
      ...infrastructureLayers(filterExpression(f), nameField, { source: ITEMS_SOURCE, dense }),
      ...labelLayers(nameField),
    ],
  };
}

/** Every string value anywhere in the theme module. */
function themeColours(): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v.toLowerCase());
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(theme);
  return out;
}

describe('map layers', () => {
  it.each(
    filters.flatMap((f) =>
      [true, false].flatMap((dense) => ['name_ja', 'name_en'].map((n) => [JSON.stringify({ f, dense, n }), f, dense, n] as const)),
    ),
  )('form a valid MapLibre style: %s', (_, f, dense, nameField) => {
    expect(validateStyleMin(fullStyle(f, nameField, dense)).map((e) => e.message)).toEqual([]);
  });

  it('have unique ids, and every id the controller addresses exists', () => {
    const ids = fullStyle().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of [ITEMS_SOURCE, TILES_SOURCE]) for (const part of ITEM_PARTS) expect(ids).toContain(layerId(source, part));
    for (const part of CLICKABLE_PARTS) expect(ITEM_PARTS).toContain(part);
    for (const id of [...CONTEXT_CLICKABLE, ...Object.values(CONTEXT_LAYER_IDS).flat()]) expect(ids).toContain(id);
  });

  it('take every colour from the theme module', () => {
    const colours = themeColours();
    const literals = JSON.stringify(fullStyle().layers).match(/#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g) ?? [];
    expect(literals.length).toBeGreaterThan(10);
    expect(literals.filter((c) => !colours.has(c.toLowerCase()))).toEqual([]);
  });

  it('style items by what the data says (category, feature-state), never by colours in the data', () => {
    const text = JSON.stringify(infrastructureLayers(filterExpression(EMPTY_FILTERS), 'name_ja', { source: ITEMS_SOURCE, dense: false }));
    expect(text).toContain('["get","category"]');
    expect(text).toContain('["feature-state","selected"]');
    expect(text).not.toMatch(/\["get","(colou?r|fill|stroke)[^"]*"\]/);
  });

  it('put the tile source layer on every tiled layer and on no other', () => {
    for (const l of fullStyle().layers) {
      const tiled = 'source' in l && [TILES_SOURCE, BASEMAP_SOURCES.tiles, BASEMAP_SOURCES.hokkaido].includes(l.source);
      expect('source-layer' in l, l.id).toBe(tiled);
    }
  });

  it('draw dense polygons zoomed out with the fill’s own edge, the dashed outline layer from the icon zoom', () => {
    const byId = (dense: boolean) => new Map(fullStyle(EMPTY_FILTERS, 'name_ja', dense).layers.map((l) => [l.id, l]));
    const dense = byId(true);
    const sparse = byId(false);
    const outline = layerId(TILES_SOURCE, 'outline');
    const fill = layerId(TILES_SOURCE, 'fill');
    expect(dense.get(outline)).toMatchObject({ minzoom: DENSE_ICON_MINZOOM });
    expect(sparse.get(outline)).toMatchObject({ minzoom: 0 });
    expect(dense.get(fill)).toMatchObject({ paint: { 'fill-antialias': ['step', ['zoom'], true, DENSE_ICON_MINZOOM, false] } });
    expect(sparse.get(fill)).toMatchObject({ paint: { 'fill-antialias': false } });
    // The controller switches an existing source with the same ranges and paint.
    expect(denseZoomRanges(true).outline).toEqual([DENSE_ICON_MINZOOM, 24]);
    expect((dense.get(fill) as { paint: unknown }).paint).toMatchObject(fillPaint(true));
    expect(JSON.stringify(fillPaint(true)['fill-outline-color'])).toContain('["feature-state","selected"]');
  });
});

describe('what sparse data draws (issue 22)', () => {
  const byId = (dense: boolean) =>
    new Map(infrastructureLayers(filterExpression(EMPTY_FILTERS), 'name_ja', { source: ITEMS_SOURCE, dense }).map((l) => [l.id, l]));

  it('draws dots for dense data only: MapLibre reads a maxzoom of 0 as none, so the range alone would not hide them', () => {
    expect(byId(false).get(layerId(ITEMS_SOURCE, 'dot'))).toMatchObject({ layout: { visibility: 'none' } });
    expect(byId(true).get(layerId(ITEMS_SOURCE, 'dot'))).toMatchObject({ layout: { visibility: 'visible' }, maxzoom: DENSE_ICON_MINZOOM });
  });

  it('gives a point its halo only while emphasised (radius 0 otherwise: no pixels drawn)', () => {
    for (const dense of [false, true]) {
      const halo = byId(dense).get(layerId(ITEMS_SOURCE, 'point-halo')) as { paint: Record<string, unknown> };
      expect(halo.paint['circle-radius']).toEqual(['case', emphasis, 16, 0]);
    }
  });
});

describe('overview thinning', () => {
  const layer = (source: string, sourceLayer?: string) =>
    infrastructureLayers(filterExpression(EMPTY_FILTERS), 'name_ja', { source, ...(sourceLayer ? { sourceLayer } : {}), dense: true }).find(
      (l) => l.id === layerId(source, 'dot'),
    )!;
  const passes = (l: ReturnType<typeof layer>, zoom: number, props: Record<string, unknown>) =>
    featureFilter((l as unknown as { filter: never }).filter, 'layers[0].filter').filter({ zoom }, {
      type: 1,
      properties: { f_border: 'inside', ...props },
    } as never);

  it('thins by zoom on no source: the plan is never thinned, tiles come thinned', () => {
    for (const l of [layer(ITEMS_SOURCE), layer(TILES_SOURCE, 'items'), layer(IMPORTED_SOURCE, 'imported')])
      expect([3, 12].map((z) => passes(l, z, { [FIRST_ZOOM]: 7 }))).toEqual([true, true]);
  });
});

/**
 * The WebGL program MapLibre compiles for a layer: its type (a line with a dash array is the SDF
 * line program, a symbol layer's text the SDF text program) and how each of its paint properties
 * varies — by feature (one value per vertex), by zoom and feature (two, interpolated) — the
 * binders that make up the program's key (MapLibre's ProgramConfiguration cacheKey: a_ / z_).
 */
function programOf(l: LayerSpecification): string | null {
  if (!('source' in l)) return null;
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${l.type}`] ?? {};
  const paint = (l.paint ?? {}) as Record<string, unknown>;
  const varying = Object.entries(spec)
    .filter(([name, ps]) => paint[name] !== undefined && ps['property-type'] === 'data-driven')
    .flatMap(([name, ps]) => {
      const e = createPropertyExpression(paint[name], `paint.${name}`, ps);
      if (e.result !== 'success') return [];
      return e.value.kind === 'source' ? [`${name}/feature`] : e.value.kind === 'composite' ? [`${name}/zoom+feature`] : [];
    });
  // A symbol layer's text and icons are two programs; the text's reads the text-* properties.
  if (l.type === 'symbol')
    return l.layout?.['text-field']
      ? `text: ${varying
          .filter((n) => n.startsWith('text-'))
          .sort()
          .join(',')}`
      : null;
  return `${l.type === 'line' && paint['line-dasharray'] !== undefined ? 'lineSDF' : l.type}: ${varying.sort().join(',')}`;
}

/** The layers as the hall draws them: the projector theme's paint changes applied. */
function inTheHall(layers: LayerSpecification[]): LayerSpecification[] {
  const changes = projectorChanges(layers).filter((c) => c.kind === 'paint');
  return layers.map((l) => {
    const own = changes.filter((c) => c.layer === l.id);
    return own.length
      ? ({ ...l, paint: { ...l.paint, ...Object.fromEntries(own.map((c) => [c.name, c.value])) } } as LayerSpecification)
      : l;
  });
}

describe('compiled programs (issues 16, 22: each one more cost 45–90 ms of the first render, 150–190 ms mid-tour, in software GL)', () => {
  const programs = (layers: LayerSpecification[], kind: string) =>
    new Set(layers.map(programOf).filter((p): p is string => p !== null && p.startsWith(`${kind}:`)));
  const looks = [
    { name: 'desk', layers: fullStyle().layers },
    { name: 'desk, dense data', layers: fullStyle(EMPTY_FILTERS, 'name_ja', true).layers },
    { name: 'hall', layers: inTheHall(fullStyle().layers) },
    { name: 'hall, dense data', layers: inTheHall(fullStyle(EMPTY_FILTERS, 'name_ja', true).layers) },
  ];

  it.each(looks)('$name: every name — places, municipalities, context, items — with one text program', ({ layers }) => {
    expect([...programs(layers, 'text')]).toEqual(['text: text-opacity/feature']);
  });

  it.each(looks)('$name: every fill — land, lakes, area mask, parks, items — with one program', ({ layers }) => {
    expect(layers.filter((l) => l.type === 'fill').length).toBeGreaterThanOrEqual(7);
    expect([...programs(layers, 'fill')]).toEqual(['fill: fill-color/feature,fill-opacity/zoom+feature,fill-outline-color/feature']);
  });

  it.each(looks)('$name: every solid line — boundaries, items, area outline, context — with one program', ({ layers }) => {
    const ids = (p: RegExp) => layers.filter((l) => p.test(l.id) && programOf(l)?.startsWith('line:')).length;
    expect([ids(/^boundaries/), ids(/^area-outline/), ids(/^ctx-/), ids(/-line$/)].every((n) => n > 0)).toBe(true);
    expect([...programs(layers, 'line')]).toEqual(['line: line-color/feature,line-opacity/zoom+feature,line-width/zoom+feature']);
  });

  it.each(looks)('$name: the dashed lines — context and item outlines — with one program', ({ layers }) => {
    expect(programs(layers, 'lineSDF').size).toBe(1);
  });
});
