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
