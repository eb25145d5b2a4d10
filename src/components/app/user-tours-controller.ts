import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Atlas } from '../../domain/atlas.ts';
import type { AppState } from '../../domain/state.ts';
import { type Tour, knownTourIds, userTourKey } from '../../domain/tour.ts';
import { ensure } from '../lazy.ts';
import type { TourEditorEvent } from '../tour-editor.ts';
import type { UserTourSource } from '../tour-controller.ts';
import type { StorageProblem } from './tour-storage.ts';
import { loadTourEditor, loadTourStorage } from './lazy-views.ts';

/**
 * The tours a presenter makes (issue 18.5): opens and closes the editor, reads the kept tours
 * from the browser the first time they are needed (the editor opened, or a `?tour=user:<id>`
 * link), saves each edit, and hands "play" to the tour controller. The editor and the storage
 * code load on demand: the first screen carries only this.
 */
export class UserToursController implements ReactiveController, UserTourSource {
  open = false;
  list: Tour[] | null = null;
  /** The tour the editor shows. */
  current: string | null = null;
  problem: StorageProblem | null = null;
  private reading: Promise<void> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly play: (key: string, index: number, fullscreen: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  load(atlas: Atlas): Promise<void> {
    return (this.reading ??= loadTourStorage().then((m) => {
      const { tours, problem } = m.readTours(m.browserStore(), knownTourIds(atlas));
      this.list = tours;
      this.problem = problem;
      this.current ??= tours[0]?.id ?? null;
      this.host.requestUpdate();
    }));
  }

  toggle(atlas: Atlas | null): void {
    this.open = !this.open;
    if (this.open && atlas) void this.load(atlas);
    this.host.requestUpdate();
  }

  /** The editor over the map, while no tour runs (a preview hides it; Esc brings it back). */
  render(app: { state: AppState; atlas: Atlas | null; highlight: readonly string[] }) {
    if (!this.open || app.state.tour || !app.atlas || !this.list || !ensure(loadTourEditor)) return nothing;
    return html`<tour-editor
      .atlas=${app.atlas}
      .state=${app.state}
      .highlight=${app.highlight}
      .tours=${this.list}
      .current=${this.current}
      .problem=${this.problem}
      @tour-editor=${this.onEditor}
    ></tour-editor>`;
  }

  private readonly onEditor = (e: TourEditorEvent): void => {
    const d = e.detail;
    if (d.kind === 'close') this.open = false;
    else if (d.kind === 'play') this.play(userTourKey(d.id), d.index, d.whole);
    else {
      this.list = d.tours;
      this.current = d.current;
      void this.save(d.tours);
    }
    this.host.requestUpdate();
  };

  /** The edit stays on screen even when the browser refuses to keep it: the editor says so. */
  private async save(tours: readonly Tour[]): Promise<void> {
    const m = await loadTourStorage();
    this.problem = m.writeTours(m.browserStore(), tours);
    this.host.requestUpdate();
  }
}
