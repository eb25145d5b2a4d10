// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../../test/load-data.ts';
import { mapNamesText, namesText } from './fonts.ts';

const { atlas } = loadRealData();
const chars = (s: string) => new Set(s);

describe('the names whose faces the map waits for', () => {
  it('are every name the map draws: items, basemap labels and places, context layers', () => {
    const map = chars(mapNamesText(atlas));
    const drawn = [
      ...atlas.data.items.map((i) => i.properties.name_ja),
      ...(atlas.data.labels?.features ?? []).map((f) => String(f.properties?.['name_ja'])),
      ...(atlas.data.places?.features ?? []).map((f) => String(f.properties?.['name_ja'])),
      ...Object.values(atlas.data.context).flatMap((fs) => fs.map((f) => f.properties.name_ja)),
    ];
    expect(drawn.length).toBeGreaterThan(100);
    for (const name of drawn) for (const ch of name) expect(map.has(ch), `${ch} of ${name}`).toBe(true);
  });

  it('leave out what only the panels show (projects, goals, areas the map does not label)', () => {
    const map = chars(mapNamesText(atlas));
    const panelOnly = [...chars(namesText(atlas))].filter((ch) => !map.has(ch));
    expect(panelOnly.length).toBeGreaterThan(0);
    const panelText = [...atlas.data.projects, ...atlas.data.goals, ...atlas.data.areas]
      .map((r) => `${r.name_ja}${r.name_en ?? ''}`)
      .join('');
    for (const ch of panelOnly) expect(panelText).toContain(ch);
  });
});
