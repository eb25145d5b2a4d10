import type { TourStepDetail } from '../domain/tour.ts';

/** The tour's navigation event: the index to show next, or leave the tour. */
export class TourStepEvent extends CustomEvent<TourStepDetail> {
  static readonly type = 'tour-step';
  constructor(detail: TourStepDetail) {
    super(TourStepEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Save the scene as a handout: the header that holds the desk's handout button is hidden in a tour. */
export class TourHandoutEvent extends Event {
  static readonly type = 'tour-handout';
  constructor() {
    super(TourHandoutEvent.type, { bubbles: true, composed: true });
  }
}
