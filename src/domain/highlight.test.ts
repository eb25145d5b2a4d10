import { describe, expect, it } from 'vitest';
import { loadRealData } from '../../test/load-data.ts';
import { framesOnSelect, highlightedItems } from './highlight.ts';

const { atlas } = loadRealData();

describe('highlightedItems', () => {
  it('is empty with no data or no selection, and for a single item (the map marks it selected)', () => {
    const item = atlas.data.items[0]!.properties.id;
    expect(highlightedItems(null, { kind: 'project', id: atlas.data.projects[0]!.id })).toEqual([]);
    expect(highlightedItems(atlas, null)).toEqual([]);
    expect(highlightedItems(atlas, { kind: 'item', id: item })).toEqual([]);
  });

  it("a project's items, each once", () => {
    const project = atlas.data.projects.find((p) => atlas.itemsOfProject(p.id).length > 1)!;
    const ids = highlightedItems(atlas, { kind: 'project', id: project.id });
    expect(ids).toEqual(atlas.itemsOfProject(project.id).map((i) => i.properties.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a KPI's: the items of its own project only, none for a KPI of an earlier plan", () => {
    for (const kpi of atlas.data.kpis) {
      expect(highlightedItems(atlas, { kind: 'kpi', id: kpi.id })).toEqual(atlas.itemsOfProject(kpi.project).map((i) => i.properties.id));
    }
    // Its successors' items are not what it measured.
    const earlier = atlas.data.kpis.find(
      (k) => atlas.legacyById.has(k.project) && atlas.projectsOfKpi(k).some((p) => atlas.itemsOfProject(p).length),
    );
    expect(earlier).toBeDefined();
    expect(highlightedItems(atlas, { kind: 'kpi', id: earlier!.id })).toEqual([]);
  });

  it("an area's located items only", () => {
    const area = atlas.municipalities.find((a) => atlas.data.items.some((i) => i.geometry && atlas.areasOfItem(i).includes(a.id)))!;
    const ids = highlightedItems(atlas, { kind: 'area', id: area.id });
    expect(ids.length).toBeGreaterThan(0);
    const located = new Set(atlas.located.map((i) => i.properties.id));
    for (const id of ids) {
      expect(located.has(id)).toBe(true);
      expect(atlas.areasOfItem(atlas.itemById.get(id)!)).toContain(area.id);
    }
    const outside = atlas.located.filter((i) => !atlas.areasOfItem(i).includes(area.id)).map((i) => i.properties.id);
    expect(ids.filter((id) => outside.includes(id))).toEqual([]);
  });

  it('during a tour the scene decides, whatever is selected', () => {
    const project = atlas.data.projects.find((p) => atlas.itemsOfProject(p.id).length)!;
    expect(highlightedItems(atlas, { kind: 'project', id: project.id }, ['x', 'y'])).toEqual(['x', 'y']);
    expect(highlightedItems(null, null, ['x'])).toEqual([]);
  });

  it('an unknown id highlights nothing', () => {
    expect(highlightedItems(atlas, { kind: 'kpi', id: 'no-such-kpi' })).toEqual([]);
    expect(highlightedItems(atlas, { kind: 'area', id: 'no-such-area' })).toEqual([]);
  });
});

describe('framesOnSelect', () => {
  it('frames groups of items, not one item or a context feature', () => {
    expect(framesOnSelect(null)).toBe(false);
    expect(framesOnSelect({ kind: 'item', id: 'a' })).toBe(false);
    expect(framesOnSelect({ kind: 'context', id: 'a' })).toBe(false);
    for (const kind of ['project', 'area', 'kpi'] as const) expect(framesOnSelect({ kind, id: 'a' })).toBe(true);
  });
});
