import type { ReactiveControllerHost } from 'lit';
import type { Atlas } from '../../domain/atlas.ts';
import { preloadFonts } from './fonts.ts';

/**
 * The fonts of the names the map draws, loaded for each dataset as it goes on screen. Nothing
 * waits for them but the map's names: the map draws without names until the first dataset's
 * fonts are in (`ready`), then with them.
 */
export class FontsController {
  ready = false;

  /** `host` is updated when the fonts are in; no other part of its lifecycle concerns this. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** Loads, in the background, the faces a dataset's names need. */
  load(atlas: Atlas): void {
    void preloadFonts(atlas).then(() => {
      if (this.ready) return;
      this.ready = true;
      this.host.requestUpdate();
    });
  }
}
