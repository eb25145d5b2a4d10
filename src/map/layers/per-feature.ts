import type { ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl';

/**
 * A paint value that is the same for every feature, written as one that could differ by feature.
 *
 * MapLibre compiles a WebGL program for each layer type and each set of paint properties that
 * vary by feature; a layer whose values are all constants needs a program of its own, compiled the
 * first time the layer draws. Under software GL that stalled the main thread 150–190 ms at the
 * tour's first scene to show an area outline or an item's name (measured in the bench's tour
 * walk). Written per feature, such a layer draws with the program that its type's other layers
 * (the items') have already compiled. Both branches are the value: the question asked of the
 * feature only makes MapLibre treat the property as one that varies by feature.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['has', 'id'], value, value];
}

/**
 * A paint value that varies by feature (or is the same for all: a number), written as one that
 * could also vary by zoom. MapLibre gives a property that varies by zoom and feature its own kind
 * of program input (two values per vertex, interpolated): the boundaries' widths and opacities
 * grow with the zoom, so the other lines and fills write theirs this way and every line and
 * every fill on the map draws with one program (issues 16 and 22: each program more cost the
 * first render 45–90 ms in software GL). The same value at both ends: nothing changes with zoom.
 */
export function perFeatureAndZoom(value: ExpressionSpecification | number): ExpressionSpecification {
  const v = typeof value === 'number' ? perFeature(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];
}

/**
 * A fill that is not an item (land, lakes, the area mask, parks) painted for the items' fill
 * program: its colour and edge per feature, its opacity per feature and zoom. A colour given as a
 * constant is written per feature; one that already varies by feature is kept.
 */
export function sharedFill(
  color: string | ExpressionSpecification,
  outline: string | ExpressionSpecification,
  opacity = 1,
): NonNullable<FillLayerSpecification['paint']> {
  const byFeature = (c: string | ExpressionSpecification) => (typeof c === 'string' ? perFeature(c) : c);
  return { 'fill-color': byFeature(color), 'fill-opacity': perFeatureAndZoom(opacity), 'fill-outline-color': byFeature(outline) };
}
