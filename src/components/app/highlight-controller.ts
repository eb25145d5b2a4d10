import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type BBox, boundsOf } from '../../domain/analysis.ts';
import { areaFrame } from '../../domain/area-frame.ts';
import type { Atlas } from '../../domain/atlas.ts';
import { framesOnSelect, highlightedItems } from '../../domain/highlight.ts';
import type { Action, AppState } from '../../domain/state.ts';
import { FitEvent } from '../events.ts';

export interface HighlightHost extends ReactiveControllerHost, HTMLElement {
  readonly state: AppState;
  readonly atlas: Atlas | null;
}

export interface HighlightOptions {
  /** The items the running tour's scene emphasises. */
  sceneItems(atlas: Atlas): readonly string[];
  /** Moves the camera to a box (the map handle's fit). */
  fit(bounds: BBox): void;
  /** Runs before a "fit the map" request is followed (the drawer gives way to the map it frames). */
  beforeFit?(): void;
}

/**
 * The items the map emphasises (domain/highlight.ts), worked out once per update and only when
 * the selection, the tour or the data changed; and the camera framing them: a project, area or
 * KPI the user chooses, or one a link names without a view, and the "fit the map" requests
 * (FitEvent: the filter's results, or a box).
 */
export class HighlightController implements ReactiveController {
  /** The emphasised item ids, as of the last update. */
  items: readonly string[] = [];
  private key: unknown[] = [];

  constructor(
    private readonly host: HighlightHost,
    private readonly opts: HighlightOptions,
  ) {
    host.addController(this);
    host.addEventListener(FitEvent.type, (e) => {
      this.opts.beforeFit?.();
      if (e.detail === 'results') this.fitResults();
      else this.opts.fit(e.detail);
    });
  }

  hostConnected(): void {
    // The FitEvent listener is on the host itself: it comes and goes with it.
  }

  /** Before render: the map and the panels of this update see the same items. */
  hostUpdate(): void {
    const { selection, tour } = this.host.state;
    const atlas = this.host.atlas;
    const key = [atlas, selection, tour];
    if (key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.items = highlightedItems(atlas, selection, atlas && tour ? this.opts.sceneItems(atlas) : undefined);
  }

  /** A project, area or KPI chosen by the user frames its items once they are worked out; an item or a link's own view does not. */
  onAction(action: Action): void {
    if (action.type === 'select' && framesOnSelect(action.selection)) void this.host.updateComplete.then(() => this.fitHighlighted());
  }

  /** Once the data is in: a link that names a project, area or KPI but no view opens framed on its items. */
  async frameLink(): Promise<void> {
    const { view, selection } = this.host.state;
    if (view || !framesOnSelect(selection)) return;
    await this.host.updateComplete;
    this.fitHighlighted();
  }

  private fitResults(): void {
    this.fitItems(this.host.atlas?.filtered(this.host.state.filters) ?? []);
  }

  private fitHighlighted(): void {
    const atlas = this.host.atlas;
    if (!atlas) return;
    const items = this.items.map((id) => atlas.itemById.get(id)!);
    const selection = this.host.state.selection;
    // An area frames its official outline, not only its items (issue 16.3).
    if (selection?.kind === 'area') {
      const bounds = areaFrame(atlas, selection.id, items);
      if (bounds) this.opts.fit(bounds);
    } else this.fitItems(items);
  }

  private fitItems(items: Parameters<typeof boundsOf>[0]): void {
    const bounds = boundsOf(items);
    if (bounds) this.opts.fit(bounds);
  }
}
