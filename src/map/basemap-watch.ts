import type { BasemapId } from '../domain/state.ts';

/** How long a newly chosen online basemap may take to deliver its first tile. */
export const FIRST_TILE_MS = 8000;
/** Failures before any success that mean the service is out of reach, not one bad tile. */
export const FAILURES_BEFORE_GIVING_UP = 3;

/**
 * Watches a newly chosen online basemap until its first tile arrives. If tiles fail or none
 * arrives in time (offline, blocked, a 404 that raises no error), `giveUp` is called once, so
 * the controller can take it away again and the map is never left blank.
 */
export class BasemapWatch {
  private watching: { id: BasemapId; loaded: number; errors: number; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(private readonly giveUp: (id: BasemapId, reason: string) => void) {}

  start(id: BasemapId): void {
    this.stop();
    const timer = setTimeout(() => this.watching?.loaded === 0 && this.fail('no tile arrived within 8 s'), FIRST_TILE_MS);
    this.watching = { id, loaded: 0, errors: 0, timer };
  }

  stop(): void {
    if (this.watching) clearTimeout(this.watching.timer);
    this.watching = null;
  }

  tileLoaded(): void {
    if (this.watching) this.watching.loaded++;
  }

  tileFailed(reason: string): void {
    const w = this.watching;
    if (!w) return;
    w.errors++;
    if (w.loaded === 0 && w.errors >= FAILURES_BEFORE_GIVING_UP) this.fail(reason);
  }

  private fail(reason: string): void {
    const id = this.watching?.id;
    if (!id) return;
    this.stop();
    this.giveUp(id, reason);
  }
}
