import type { ReactiveControllerHost } from 'lit';
import type { Atlas } from '../../domain/atlas.ts';

/** How the faces of names are loaded (fonts.ts in the app; fakes in tests). */
export interface FontLoading {
  /** The faces of the names the shipped data gives the map (known at build time), asked for at start-up. */
  shippedNames(): Promise<void>;
  /** Whether the faces `atlas`'s names need are loaded already. */
  namesLoaded(atlas: Atlas): boolean;
  /** Loads the faces `atlas`'s names need; never fails. */
  load(atlas: Atlas): Promise<void>;
}

/**
 * The fonts of the names the map draws. Nothing waits for them but the map's names: the map draws
 * without names until their faces are in (`ready`), then with them. The names of the shipped data
 * (the basemap's labels, the plan's items) are known at build time, so their faces are asked for
 * at start-up and the map names its places as soon as those are in, while the data still loads —
 * instead of laying every name out again after the data (issue 22). A first dataset whose names
 * need more (data edited since the build) takes the names off the map until its faces are in: a
 * name MapLibre draws before its face has loaded keeps the fallback glyphs for good.
 */
export class FontsController {
  ready = false;
  private seen = false;

  /** `host` is updated when `ready` changes; no other part of its lifecycle concerns this. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fonts: FontLoading,
  ) {
    void fonts.shippedNames().then(() => {
      if (!this.seen) this.setReady(true);
    });
  }

  /** A dataset goes on screen (the first, or one with imported files): loads, in the background, the faces its names need. */
  load(atlas: Atlas): void {
    const first = !this.seen;
    this.seen = true;
    if (first && this.fonts.namesLoaded(atlas)) return this.setReady(true);
    if (first) this.setReady(false);
    void this.fonts.load(atlas).then(() => {
      // Later datasets (imported files) do not take the names off the map while theirs load.
      if (first) this.setReady(true);
    });
  }

  private setReady(ready: boolean): void {
    if (this.ready === ready) return;
    this.ready = ready;
    this.host.requestUpdate();
  }
}
