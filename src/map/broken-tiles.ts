import { BASEMAP_TILE_SETS, type BasemapTileSet } from './layers/basemap.ts';

/** The tile sets by any source id (the others have none). */
const TILE_SETS: Partial<Record<string, BasemapTileSet>> = BASEMAP_TILE_SETS;

/** What MapLibre's error event carries for a tile of a source (it adds `sourceId` when it forwards it). */
export interface TileError {
  sourceId?: string;
  tile?: { tileID?: { canonical?: { z: number; x: number; y: number } } };
}

/**
 * The basemap tile files the map could not read, each named once (a broken tile fails again each
 * time it comes into view). A missing tile is no error: MapLibre takes a 404 as an empty tile,
 * which is how the tile sets leave out the open sea.
 */
export class BrokenTiles {
  private readonly named = new Set<string>();

  /** The file (relative to data/) of a basemap tile that failed and was not named before; else null. */
  newlyBroken(e: TileError): string | null {
    const template = e.sourceId ? TILE_SETS[e.sourceId]?.url : undefined;
    const c = e.tile?.tileID?.canonical;
    if (!template || !c) return null;
    const file = template.replace('{z}', String(c.z)).replace('{x}', String(c.x)).replace('{y}', String(c.y));
    if (this.named.has(file)) return null;
    this.named.add(file);
    return file;
  }
}
