import type { Atlas } from '../../domain/atlas.ts';
import type { AppState } from '../../domain/state.ts';
import type { MapHandle } from '../map-context.ts';
import type { TourController } from '../tour-controller.ts';

export interface HandoutHost {
  readonly state: AppState;
  readonly atlas: Atlas | null;
  readonly updateComplete: Promise<boolean>;
}

export interface HandoutView {
  /** Whether items are emphasised now (the handout says so). */
  highlighted(): boolean;
  /** Pixels of the map's right side the tour's caption covers now. */
  coveredRight(): number;
  /** The link to the state shown (the handout's QR code). */
  permalink(): string;
}

/**
 * The handout of the screen as it is (app/handout.ts, loaded on first use): saved as a PNG, or
 * printed on A4 landscape; and "print the tour", each scene in turn, one A4 page each.
 */
export class HandoutController {
  constructor(
    private readonly host: HandoutHost,
    private readonly map: MapHandle,
    private readonly tours: TourController,
    private readonly view: HandoutView,
  ) {}

  async handout(print: boolean): Promise<void> {
    const made = await this.make();
    if (!made) return;
    const [{ downloadHandout, printImages }, { handoutFileName }] = await Promise.all([
      import('./handout.ts'),
      import('../../domain/export/file-name.ts'),
    ]);
    const { lang, filters, selection } = this.host.state;
    if (print) printImages([made.blob], lang);
    else if (this.host.atlas) downloadHandout(made.blob, handoutFileName(this.host.atlas, filters, selection, lang, made.date));
  }

  private async make(): Promise<{ blob: Blob; date: Date } | null> {
    const map = this.map.current;
    const atlas = this.host.atlas;
    if (!map || !atlas) return null;
    const { lang, filters, selection, tour } = this.host.state;
    const { makeHandout } = await import('./handout.ts');
    const scene = this.tours.scene;
    // The tour's caption covers the map's right side: the audience did not see that part.
    const coveredRight = tour ? this.view.coveredRight() : 0;
    return makeHandout({
      map,
      atlas,
      lang,
      filters,
      selection,
      scene,
      coveredRight,
      highlighted: this.view.highlighted(),
      permalink: this.view.permalink(),
    });
  }

  /** Each scene framed as in the tour, one A4 page each; then back to where it was. */
  async printTour(): Promise<void> {
    const tour = this.tours.tour;
    if (!tour) return;
    const was = this.host.state.tour;
    const blobs: Blob[] = [];
    for (let i = 0; i < tour.scenes.length; i++) {
      this.tours.go(i);
      await this.host.updateComplete;
      await this.map.whenIdle().catch(() => undefined);
      const made = await this.make();
      if (made) blobs.push(made.blob);
    }
    if (was)
      this.tours.go(
        Math.max(
          0,
          tour.scenes.findIndex((s) => s.id === was.scene),
        ),
      );
    else this.tours.exit();
    const { printImages } = await import('./handout.ts');
    printImages(blobs, this.host.state.lang);
  }
}
