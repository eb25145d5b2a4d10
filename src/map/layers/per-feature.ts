import type { ExpressionSpecification } from 'maplibre-gl';

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
