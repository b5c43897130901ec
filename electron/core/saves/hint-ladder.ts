// The hint ladder of each gate: nudge, method, pinpoint, reveal, opened one rung at a time and only
// with the player's confirmation, each rung written into the chapter's hint ledger.
import type { LedgerLine } from '@shared/game-types';
import { UserError } from '@shared/result';
import { HINT_RUNGS, type HintLedgerEntry, type HintRung, type HintState } from './schema';

export interface HintRequest {
  gateId: string;
  /** Chapter the gate belongs to: the ledger is kept per chapter. */
  chapterId: string;
  rung: HintRung;
  /** The player confirmed taking this rung. Required for a rung not yet taken. */
  confirm?: boolean;
}

export interface HintGrant {
  hints: HintState;
  rung: HintRung;
  /** True when the rung was open already: nothing new was recorded. */
  alreadyTaken: boolean;
}

/** A value stored under `key` itself, never one inherited from Object.prototype ("constructor", "toString"). */
const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

export function rungsTaken(hints: HintState, gateId: string): HintRung[] {
  return HINT_RUNGS.slice(0, own(hints.taken, gateId) ?? 0);
}

/** Opens `rung` for a gate, or re-reads it if open already. Returns a new state; the input is unchanged. */
export function takeHint(hints: HintState, request: HintRequest, now: number): HintGrant {
  const index = HINT_RUNGS.indexOf(request.rung);
  if (index < 0) {
    throw new UserError(
      `There is no hint rung called "${String(request.rung)}". Ask for one of: ${HINT_RUNGS.join(', ')}.`,
    );
  }
  const taken = own(hints.taken, request.gateId) ?? 0;
  if (index < taken) return { hints, rung: request.rung, alreadyTaken: true };
  if (index > taken) {
    const next = HINT_RUNGS[taken]!;
    throw new UserError(
      `The ${request.rung} hint opens after the ${next} hint. Take the ${next} hint first.`,
      'conflict',
    );
  }
  if (request.confirm !== true) {
    throw new UserError(
      `Taking the ${request.rung} hint needs the player's confirmation. Ask them, then request it again with confirm: true.`,
    );
  }
  const entry: HintLedgerEntry = { gateId: request.gateId, rung: request.rung, takenAt: now };
  return {
    hints: {
      taken: { ...hints.taken, [request.gateId]: index + 1 },
      ledger: {
        ...hints.ledger,
        [request.chapterId]: [...(own(hints.ledger, request.chapterId) ?? []), entry],
      },
    },
    rung: request.rung,
    alreadyTaken: false,
  };
}

/** The end-of-chapter summary: each gate that had hints in the chapter, with the rungs taken there. */
export function chapterLedger(hints: HintState, chapterId: string): Omit<LedgerLine, 'title'>[] {
  const lines = new Map<string, HintRung[]>();
  for (const entry of own(hints.ledger, chapterId) ?? []) {
    lines.set(entry.gateId, [...(lines.get(entry.gateId) ?? []), entry.rung]);
  }
  return [...lines].map(([gateId, rungs]) => ({ gateId, rungs }));
}
