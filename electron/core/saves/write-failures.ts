// A run of writes the disk refuses: told to the player once when it starts, and once when every change
// held in memory is on disk again.
import { describeDiskError } from './disk-errors';
import type { NoticeQueue } from './notices';

export class WriteFailures {
  #reason: string | undefined;

  constructor(private readonly notices: NoticeQueue) {}

  /** Why writes fail now ("the disk is full"), or undefined when they do not. */
  get reason(): string | undefined {
    return this.#reason;
  }

  /** A write was refused: the first of a run tells the player; the rest only keep their changes pending. */
  failed(error: unknown, what: string, packId: string, slotId?: string): void {
    if (this.#reason !== undefined) return;
    this.#reason = describeDiskError(error);
    this.notices.push({
      kind: 'write-failed',
      packId,
      ...(slotId ? { slotId } : {}),
      message: `${what}: ${this.#reason}. Your progress is kept in memory and Resonance keeps trying to save it; keep the game open until it says it saved.`,
      setAside: [],
    });
  }

  /** Ends the run once nothing is pending any more, and says so. */
  settle(pending: boolean): void {
    if (this.#reason === undefined || pending) return;
    this.#reason = undefined;
    this.notices.push({
      kind: 'saved-again',
      packId: '',
      message: 'Saving works again: all your progress is on disk.',
      setAside: [],
    });
  }
}
