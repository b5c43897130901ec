// What the save system has to tell the player, kept in a queue until it has been shown, so a notice
// found while listing packs or starting another game still reaches the player, and only once.

export type SaveNoticeKind =
  /** The newest save was damaged and an older copy is in use. */
  | 'restored'
  /** Only an older backup was damaged; nothing was lost. */
  | 'backup-set-aside'
  /** No good copy is left; the damaged files were kept. */
  | 'lost'
  /** A write failed; the progress is held in memory and written again later. */
  | 'write-failed'
  /** Writing works again after a failure: everything held in memory is on disk. */
  | 'saved-again';

export interface SaveNotice {
  kind: SaveNoticeKind;
  packId: string;
  /** Absent when the notice is about the pack's list of slots or the save folder as a whole. */
  slotId?: string;
  /** A sentence to show the player. */
  message: string;
  /** When the copy now in use was saved (ms since epoch). */
  restoredFrom?: number;
  /** Where the damaged files were moved; they are kept, never deleted. */
  setAside: string[];
}

export interface NoticeScope {
  packId?: string;
  slotId?: string;
}

const inScope = (notice: SaveNotice, scope: NoticeScope): boolean =>
  (scope.packId === undefined || notice.packId === scope.packId) &&
  (scope.slotId === undefined || notice.slotId === undefined || notice.slotId === scope.slotId);

export class NoticeQueue {
  #queue: SaveNotice[] = [];

  constructor(private readonly onAdded: (notice: SaveNotice) => void = () => undefined) {}

  push(notice: SaveNotice): void {
    this.#queue.push(notice);
    this.onAdded(notice);
  }

  /** Notices still waiting to be shown, in the scope, without taking them. */
  peek(scope: NoticeScope = {}): SaveNotice[] {
    return this.#queue.filter((n) => inScope(n, scope));
  }

  /** Takes the waiting notices in the scope (all by default), oldest first: each is handed out once. */
  take(scope: NoticeScope = {}): SaveNotice[] {
    const taken = this.#queue.filter((n) => inScope(n, scope));
    this.#queue = this.#queue.filter((n) => !inScope(n, scope));
    return taken;
  }
}

/** "14:02" for today, "2026-11-24 14:02" for another day, in local time. */
export function clockTime(at: number, now: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === new Date(now).toDateString()
    ? hm
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm}`;
}
