// The wrong-answer wait, kept per pack and gate outside every save slot, measured on a monotonic clock:
// a new slot, an import, a reset, a restart or a change of the system clock neither clears nor stretches it.
import { guessDigest } from '../saves/checksum';
import {
  DEFAULT_THROTTLE,
  waitAfter,
  waitMessage,
  type GuessVerdict,
  type ThrottlePolicy,
} from '../saves/throttle';
import type { KeyValueStore } from '../store';

/** Most distinct wrong guesses remembered per gate; older ones are forgotten first. */
const MAX_SEEN = 64;

interface Stored {
  count: number;
  seen: string[];
  /** Wait still to serve when this was written, in ms of the game's running time. */
  waitMs: number;
}

interface Live {
  count: number;
  seen: string[];
  /** Monotonic reading before which the next guess is refused. */
  until: number;
}

const storeKey = (packId: string): string => `guards-${packId}`;

function readStored(value: unknown): Record<string, Stored> {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, Stored> = Object.create(null) as Record<string, Stored>;
  for (const [gate, raw] of Object.entries(value as Record<string, unknown>)) {
    const r = raw as Partial<Stored> | null;
    if (!r || typeof r !== 'object') continue;
    const count = Number.isSafeInteger(r.count) && r.count! >= 0 ? r.count! : 0;
    const seen = Array.isArray(r.seen)
      ? r.seen.filter((s): s is string => typeof s === 'string').slice(-MAX_SEEN)
      : [];
    const waitMs = typeof r.waitMs === 'number' && Number.isFinite(r.waitMs) ? r.waitMs : 0;
    out[gate] = { count, seen, waitMs };
  }
  return out;
}

export class GuessGuard {
  private readonly live = new Map<string, Map<string, Live>>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly monotonic: () => number,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  private pack(packId: string): Map<string, Live> {
    let gates = this.live.get(packId);
    if (!gates) {
      gates = new Map();
      const now = this.monotonic();
      for (const [gate, s] of Object.entries(readStored(this.store.get(storeKey(packId)))))
        // A stored wait is never longer than the longest wait the policy gives.
        gates.set(gate, {
          count: s.count,
          seen: s.seen,
          until: now + Math.min(Math.max(0, s.waitMs), this.policy.maxWaitMs),
        });
      this.live.set(packId, gates);
    }
    return gates;
  }

  /** Decides whether a guess may be checked now. Call it before the (costly) answer check. */
  before(packId: string, gateId: string, normalisedGuess: string): GuessVerdict {
    const record = this.pack(packId).get(gateId);
    if (!record) return { kind: 'check' };
    if (record.seen.includes(guessDigest(gateId, normalisedGuess)))
      return {
        kind: 'repeat',
        message: 'You already tried that answer; it was not counted again. Try something different.',
      };
    const waitMs = Math.ceil(record.until - this.monotonic());
    if (waitMs > 0) return { kind: 'wait', waitMs, message: waitMessage(waitMs) };
    return { kind: 'check' };
  }

  /** Records a checked guess that was wrong and returns the wait before the next one. */
  recordWrong(packId: string, gateId: string, normalisedGuess: string): { waitMs: number; count: number } {
    const gates = this.pack(packId);
    const now = this.monotonic();
    const record = gates.get(gateId) ?? { count: 0, seen: [], until: 0 };
    const digest = guessDigest(gateId, normalisedGuess);
    if (!record.seen.includes(digest)) {
      record.count += 1;
      record.seen = [...record.seen, digest].slice(-MAX_SEEN);
      record.until = now + waitAfter(record.count, this.policy);
    }
    gates.set(gateId, record);
    this.persist(packId);
    return { waitMs: Math.max(0, Math.ceil(record.until - now)), count: record.count };
  }

  /** Counted wrong guesses and the wait still to serve, for the view. */
  status(packId: string, gateId: string): { count: number; waitMs: number } {
    const record = this.pack(packId).get(gateId);
    if (!record) return { count: 0, waitMs: 0 };
    return { count: record.count, waitMs: Math.max(0, Math.ceil(record.until - this.monotonic())) };
  }

  /**
   * Takes in a wait found elsewhere (a save slot written by an older build, or an import), keeping the
   * stricter of the two.
   */
  absorb(packId: string, gateId: string, other: { count: number; seen: string[]; waitMs: number }): void {
    const gates = this.pack(packId);
    const now = this.monotonic();
    const mine = gates.get(gateId) ?? { count: 0, seen: [], until: 0 };
    const waitMs = Math.min(Math.max(0, other.waitMs), this.policy.maxWaitMs);
    gates.set(gateId, {
      count: Math.max(mine.count, other.count),
      seen: [...new Set([...mine.seen, ...other.seen])].slice(-MAX_SEEN),
      until: Math.max(mine.until, now + waitMs),
    });
    this.persist(packId);
  }

  /** Writes the remaining waits of a pack (or of every pack) to disk. */
  persist(packId?: string): void {
    const now = this.monotonic();
    for (const [id, gates] of this.live) {
      if (packId !== undefined && id !== packId) continue;
      const out: Record<string, Stored> = {};
      for (const [gate, r] of gates)
        out[gate] = { count: r.count, seen: r.seen, waitMs: Math.max(0, Math.ceil(r.until - now)) };
      try {
        this.store.set(storeKey(id), out);
      } catch {
        // The wait still holds in memory for this run; the next successful write catches up.
      }
    }
  }
}
