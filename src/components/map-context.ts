import { createContext } from '@lit/context';
import type { MapView } from '../domain/state.ts';
import type { BBox, MapApi } from '../map/api.ts';

/**
 * The camera and picture of the one map, provided by `<senkon-app>` to every element below it.
 * `<atlas-map>` attaches its map when its code has loaded; until then requests wait, and when the
 * map cannot run they fail (whenIdle, snapshot) or are dropped (camera moves).
 */
export class MapHandle {
  private api: MapApi | null = null;
  private failure: Error | null = null;
  private waiting: { resolve(api: MapApi): void; reject(e: Error): void }[] = [];

  attach(api: MapApi): void {
    this.api = api;
    this.failure = null;
    for (const w of this.waiting.splice(0)) w.resolve(api);
  }

  detach(api: MapApi): void {
    if (this.api === api) this.api = null;
  }

  /** The map will not come (no WebGL2, MapLibre failed): whoever waits for it is told. */
  fail(reason: string): void {
    this.api = null;
    this.failure = new Error(reason);
    for (const w of this.waiting.splice(0)) w.reject(this.failure);
  }

  get current(): MapApi | null {
    return this.api;
  }

  whenMap(): Promise<MapApi> {
    if (this.api) return Promise.resolve(this.api);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  fit(bounds: BBox | null): void {
    this.whenMap().then((m) => m.fit(bounds), ignore);
  }

  fly(center: [number, number], zoom: number): void {
    this.whenMap().then((m) => m.fly(center, zoom), ignore);
  }

  jump(view: MapView): void {
    this.whenMap().then((m) => m.jump(view), ignore);
  }

  async whenIdle(): Promise<void> {
    return (await this.whenMap()).whenIdle();
  }

  /** The map as drawn once idle, as a PNG data URL with its credits (the A4 report's); no image without a map. */
  async picture(ratio = 1.5): Promise<{ image: string | null; attribution: string }> {
    const map = this.api;
    if (!map) return { image: null, attribution: '' };
    await map.whenIdle();
    const canvas = await map.snapshot(ratio);
    return { image: canvas?.toDataURL('image/png') ?? null, attribution: map.attributions().join(' ・ ') };
  }
}

/** A camera move with no map to move is nothing to report: the app says why the map is missing. */
function ignore(): void {}

export const mapContext = createContext<MapHandle>(Symbol('atlas-map'));
