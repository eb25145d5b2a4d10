import { html } from 'lit';
import { t } from '../../domain/i18n.ts';
import type { Action, AppState } from '../../domain/state.ts';
import { hokkaidoToggle } from '../hokkaido-overlay.ts';

export interface HeaderActions {
  state: AppState;
  dispatch(action: Action): void;
  /** No tour file loaded: the tour buttons are off. */
  hasTour: boolean;
  /** No data loaded yet: nothing to make a tour of. */
  noData: boolean;
  /** No map drawn: the handout buttons are off. */
  noMap: boolean;
  startTour(): void;
  /** The tour editor is open. */
  makingTour: boolean;
  makeTour(): void;
  handout(print: boolean): void;
  printTour(): void;
}

/** The app's actions: in the header on the desk, at the top of the drawer on a phone or tablet. */
export function headerActions(a: HeaderActions) {
  const { lang, overlay } = a.state;
  const other = lang === 'ja' ? 'en' : 'ja';
  return html`<div class="header-actions" part="print-hide">
    <button class="tour-start" ?disabled=${!a.hasTour} @click=${a.startTour}>${t(lang, 'tourStart')}</button>
    <button class="tour-make" ?disabled=${a.noData} aria-pressed=${a.makingTour ? 'true' : 'false'} @click=${a.makeTour}>${t(lang, 'tourMake')}</button>
    <button class="handout" ?disabled=${a.noMap} @click=${() => a.handout(false)}>${t(lang, 'handoutPng')}</button>
    <button class="print" ?disabled=${a.noMap} @click=${() => a.handout(true)}>${t(lang, 'print')}</button>
    <button class="print-tour" ?disabled=${a.noMap || !a.hasTour} @click=${a.printTour}>${t(lang, 'printTour')}</button>
    <button class="overlay-toggle" aria-pressed=${overlay === 'kpis' ? 'true' : 'false'} @click=${() => a.dispatch({ type: 'set-overlay', overlay: overlay === 'kpis' ? null : 'kpis' })}>
      ${t(lang, 'kpiOverview')}
    </button>
    ${hokkaidoToggle(a.state, a.dispatch)}
    <button class="lang" lang=${other} title=${t(lang, 'languageLabel')} @click=${() => a.dispatch({ type: 'set-lang', lang: other })}>${t(lang, 'language')}</button>
  </div>`;
}
