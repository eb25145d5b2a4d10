import type { Action } from '../domain/state.ts';

/** The one event components send up: an action for the app state. It bubbles out of shadow roots. */
export class ActionEvent extends CustomEvent<Action> {
  static readonly type = 'atlas-action';
  constructor(action: Action) {
    super(ActionEvent.type, { detail: action, bubbles: true, composed: true });
  }
}

export function send(from: EventTarget, action: Action): void {
  from.dispatchEvent(new ActionEvent(action));
}

declare global {
  interface HTMLElementEventMap {
    'atlas-action': ActionEvent;
  }
}

/** Transient UI signals that are not app state (not in the URL): hover and "fit the map". */
export class HoverEvent extends CustomEvent<string | null> {
  static readonly type = 'atlas-hover';
  constructor(itemId: string | null) {
    super(HoverEvent.type, { detail: itemId, bubbles: true, composed: true });
  }
}

/** "Fit the map": to the filter's results, or to a box (a place found by the search). */
export class FitEvent extends CustomEvent<'results' | [number, number, number, number]> {
  static readonly type = 'atlas-fit';
  constructor(to: 'results' | [number, number, number, number] = 'results') {
    super(FitEvent.type, { detail: to, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'atlas-hover': HoverEvent;
    'atlas-fit': FitEvent;
  }
}

/** Sent on window once the map has first drawn (or could not): what waits for it may load now. */
export const FIRST_DRAW = 'atlas-first-draw';
