import type { DataDrivenPropertyValueSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/types.ts';
import { type ItemSourceStyle, itemLabel, layerId } from './layers/infrastructure.ts';
import { LABEL_LAYERS, labelText } from './layers/labels.ts';

type TextField = DataDrivenPropertyValueSpecification<string>;

/** The property a label reads in each language (a missing English name falls back to the Japanese). */
export const nameFieldOf = (lang: Lang): string => (lang === 'en' ? 'name_en' : 'name_ja');

/** Every layer that draws names: the place labels, the context labels and each item source's symbols. */
export function namedLayers(itemSources: readonly ItemSourceStyle[]): { id: string; item: boolean }[] {
  return [
    ...[...LABEL_LAYERS, 'ctx-parks-label', 'ctx-islands-label'].map((id) => ({ id, item: false })),
    ...itemSources.map((set) => ({ id: layerId(set.source, 'symbol'), item: true })),
  ];
}

/**
 * The text a named layer draws: the names in the language, or none at all until the fonts they
 * need are loaded. MapLibre draws a glyph once, on a canvas with the faces the page has then, so a
 * name laid out before its font arrived would stay in the fallback font (or as boxes) for good.
 */
export function nameText(layer: { item: boolean }, nameField: string, fontsReady: boolean): TextField {
  if (!fontsReady) return '';
  const name = labelText(nameField);
  return layer.item ? itemLabel(name) : name;
}

/** The first style without names (the fonts are still on their way): the named layers' text emptied. */
export function withoutNames(style: StyleSpecification, itemSources: readonly ItemSourceStyle[]): StyleSpecification {
  const named = new Set(namedLayers(itemSources).map((l) => l.id));
  return {
    ...style,
    layers: style.layers.map((l) => (named.has(l.id) && l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': '' } } : l)),
  };
}
