import { type Map as MapLibreMap, type MapGeoJSONFeature, type MapMouseEvent, Popup } from 'maplibre-gl';
import { drawnOnly } from './hidden-items.ts';
import { HIT_TOLERANCE, type Hit, type MapPick, box, hitIds } from './hits.ts';
import { visibleContextLayers } from './probe.ts';

/** What a click on the map asks of the app. */
export interface PointerCallbacks {
  select(itemId: string | null): void;
  selectContext(featureId: string): void;
  /** A click hit several items: the user chooses (null: a list shown is out of date, as the map moved). */
  pick(pick: MapPick | null): void;
}

/** What the pointer needs from the map's owner. */
export interface PointerSource {
  /** The item layers a click can hit. */
  clickable(): string[];
  /** An item's name in the UI's language, for the hover tip. */
  name(itemId: string): string | null;
  /** Sets or clears the map's hover emphasis of an item. */
  hoverState(itemId: string, on: boolean): void;
}

/**
 * The pointer on the map: a click selects the one item under it or reports several for the
 * user to choose from (a tap searches a larger box around the finger); a mouse hovering an item
 * emphasises it and shows its name beside the cursor. Touch has no hover: a tap's emulated mouse
 * events and devices without a fine pointer get no tip.
 */
export class MapPointer {
  private hovered: string | null = null;
  /** The tip's name and where the pointer was when it was placed (screen px). */
  private tipName: string | null = null;
  private tipAt: { x: number; y: number } | null = null;
  private readonly tip = new Popup({
    closeButton: false,
    closeOnClick: false,
    focusAfterOpen: false,
    className: 'item-tip',
    offset: 12,
    maxWidth: '18rem',
  });
  private readonly fine = matchMedia('(hover: hover) and (pointer: fine)');

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: PointerSource,
    private readonly on: PointerCallbacks,
  ) {
    map.on('click', this.onClick);
    map.on('mousemove', this.onMove);
    map.on('mouseout', () => this.hover(null));
    map.on('movestart', () => {
      this.removeTip();
      this.on.pick(null);
    });
  }

  private readonly onClick = (e: MapMouseEvent): void => {
    const map = this.map;
    const layers = this.source.clickable();
    const touch = (e.originalEvent as Partial<PointerEvent>).pointerType === 'touch';
    const r = touch ? HIT_TOLERANCE.touch : HIT_TOLERANCE.mouse;
    const ids = hitIds(hits(map, drawnOnly(map.queryRenderedFeatures(e.point, { layers })), e.point), () =>
      hits(map, drawnOnly(map.queryRenderedFeatures(box(e.point, r), { layers })), e.point),
    );
    this.removeTip();
    if (ids.length > 1) return this.on.pick({ ids, x: e.point.x, y: e.point.y });
    if (ids[0]) return this.on.select(ids[0]);
    const context = map.queryRenderedFeatures(e.point, { layers: visibleContextLayers(map) })[0];
    if (context) return this.on.selectContext(String(context.properties['id']));
    this.on.select(null);
  };

  private readonly onMove = (e: MapMouseEvent): void => {
    const top = drawnOnly(this.map.queryRenderedFeatures(e.point, { layers: this.source.clickable() }))[0];
    this.hover(top ? String(top.properties['id']) : null);
    const emulated = (e.originalEvent as MouseEvent & { sourceCapabilities?: { firesTouchEvents?: boolean } }).sourceCapabilities
      ?.firesTouchEvents;
    const name = this.hovered && this.fine.matches && !emulated ? this.source.name(this.hovered) : null;
    if (!name) return this.removeTip();
    // Only what changed: a pointer event at the same place with the same name (a click's own
    // move, a trackpad's jitter) rewrote the tip, and the frame that repaint costs delayed the
    // frame showing the click's answer.
    if (name !== this.tipName) this.tip.setText(name); // text, never markup: names are data
    this.tipName = name;
    if (e.point.x !== this.tipAt?.x || e.point.y !== this.tipAt.y) this.tip.setLngLat(e.lngLat);
    this.tipAt = e.point;
    if (!this.tip.isOpen()) this.tip.addTo(this.map);
  };

  private removeTip(): void {
    this.tip.remove();
    this.tipName = null;
    this.tipAt = null;
  }

  private hover(id: string | null): void {
    if (!id) this.removeTip();
    if (id === this.hovered) return;
    if (this.hovered) this.source.hoverState(this.hovered, false);
    if (id) this.source.hoverState(id, true);
    this.hovered = id;
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }
}

/** The features as hits; a point's icon with the pointer's offset from its point. */
function hits(map: MapLibreMap, features: MapGeoJSONFeature[], at: { x: number; y: number }): Hit[] {
  return features.map((f) => {
    const hit: Hit = { id: String(f.properties['id']), fill: f.layer.type === 'fill' };
    if (f.layer.type !== 'symbol' || f.geometry.type !== 'Point') return hit;
    const p = map.project(f.geometry.coordinates as [number, number]);
    return { ...hit, offset: [at.x - p.x, at.y - p.y] };
  });
}
