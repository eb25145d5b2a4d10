import { html, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Atlas } from '../domain/atlas.ts';
import type { Action, AppState } from '../domain/state.ts';
import type { ReportTarget } from '../domain/report.ts';
import { ActionEvent } from './events.ts';
import type { MapHandle } from './map-context.ts';

export interface ReportHost extends ReactiveControllerHost {
  state: AppState;
  atlas: Atlas | null;
  dispatch(action: Action): void;
}

/**
 * Shows the A4 report (o=report with an area or project selected) as a sheet over the page, under
 * <body> so that print.css can print it alone on A4 portrait pages; the report's code loads when it
 * is first opened. Its buttons send actions as every element does; they reach the app from here.
 */
export class ReportController implements ReactiveController {
  private sheet: HTMLElement | null = null;
  private shown: string | null = null;
  private title = '';

  constructor(
    private readonly host: ReportHost,
    /** The map's picture for the report (MapHandle.picture). */
    private readonly map: Pick<MapHandle, 'picture'>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { overlay, selection, lang } = this.host.state;
    const target: ReportTarget | null =
      overlay === 'report' && (selection?.kind === 'area' || selection?.kind === 'project')
        ? { kind: selection.kind, id: selection.id }
        : null;
    const key = target && this.host.atlas ? `${target.kind}:${target.id}:${lang}` : null;
    if (key === this.shown) return;
    this.shown = key;
    if (key && target) void this.open(target);
    else this.close();
  }

  hostDisconnected(): void {
    this.close();
  }

  private async open(target: ReportTarget): Promise<void> {
    const key = this.shown;
    const [{ buildReport, reportTitle }, snapshot] = await Promise.all([
      import('../domain/report.ts'),
      this.map.picture(),
      import('./area-report.ts'),
    ]);
    const atlas = this.host.atlas;
    if (key !== this.shown || !atlas) return;
    const report = buildReport(atlas, target);
    if (!report) return;
    if (!this.sheet) {
      this.sheet = document.createElement('div');
      this.sheet.className = 'report-sheet';
      this.sheet.setAttribute('role', 'dialog');
      this.sheet.setAttribute('aria-modal', 'true');
      this.sheet.addEventListener(ActionEvent.type, (e) => this.host.dispatch(e.detail));
      document.body.append(this.sheet);
      this.title = document.title;
    }
    const date = new Date();
    const lang = this.host.state.lang;
    render(
      html`<area-report .atlas=${atlas} .target=${target} lang=${lang} .mapImage=${snapshot.image} .attribution=${snapshot.attribution} .date=${date}></area-report>`,
      this.sheet,
    );
    // The page title is the file name a browser offers when printing to PDF.
    document.title = reportTitle(report, lang === 'en' && report.name_en ? report.name_en : report.name_ja, date);
  }

  private close(): void {
    if (!this.sheet) return;
    this.sheet.remove();
    this.sheet = null;
    document.title = this.title;
  }
}
