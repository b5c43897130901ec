// Slows wrong guesses with a growing wait and ignores repeats. Pure: the caller passes the clock
// reading and the already normalised guess, and stores the returned record in the save slot.
import { guessDigest } from './checksum';
import { MAX_REMEMBERED_GUESSES, type GuessRecord, type SaveSlot } from './schema';

export interface ThrottlePolicy {
  /** Wrong guesses allowed before any wait. */
  freeWrongGuesses: number;
  /** Wait after the first wrong guess beyond the free ones; each further one doubles it. */
  firstWaitMs: number;
  maxWaitMs: number;
}

/** Waits of 0, 0, 2, 4, 8, 16, 32, 60, 60 ... seconds after the 1st, 2nd, 3rd ... wrong guess. */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeWrongGuesses: 2,
  firstWaitMs: 2_000,
  maxWaitMs: 60_000,
};

export type GuessVerdict =
  /** Go ahead and check the guess. */
  | { kind: 'check' }
  /** The same guess was already tried and found wrong: not checked, not counted. */
  | { kind: 'repeat'; message: string }
  /** Too soon after the last wrong guess. */
  | { kind: 'wait'; waitMs: number; message: string };

export function emptyGuessRecord(): GuessRecord {
  return { count: 0, seen: [], lastWrongAt: 0, waitUntil: 0 };
}

/** The wait imposed after the `wrongGuesses`-th counted wrong guess. */
export function waitAfter(wrongGuesses: number, policy: ThrottlePolicy = DEFAULT_THROTTLE): number {
  const beyond = wrongGuesses - policy.freeWrongGuesses;
  if (beyond <= 0) return 0;
  return Math.min(policy.maxWaitMs, policy.firstWaitMs * 2 ** (beyond - 1));
}

export function waitMessage(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  return `Wait ${seconds} s before the next try.`;
}

/** Decides whether a guess may be checked now. Call it before the (costly) answer check. */
export function beforeGuess(
  record: GuessRecord | undefined,
  gateId: string,
  normalisedGuess: string,
  now: number,
): GuessVerdict {
  if (!record) return { kind: 'check' };
  if (record.seen.includes(guessDigest(gateId, normalisedGuess))) {
    return {
      kind: 'repeat',
      message: 'You already tried that answer; it was not counted again. Try something different.',
    };
  }
  const waitMs = record.waitUntil - now;
  if (waitMs > 0) return { kind: 'wait', waitMs, message: waitMessage(waitMs) };
  return { kind: 'check' };
}

export interface WrongGuessOutcome {
  record: GuessRecord;
  /** How long the player must wait before the next try; 0 when they may try at once. */
  waitMs: number;
  /** What to show, when there is a wait. */
  message?: string;
}

/** Records a checked guess that was wrong (a near miss included) and returns the new wait. */
export function afterWrongGuess(
  record: GuessRecord | undefined,
  gateId: string,
  normalisedGuess: string,
  now: number,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): WrongGuessOutcome {
  const before = record ?? emptyGuessRecord();
  const digest = guessDigest(gateId, normalisedGuess);
  if (before.seen.includes(digest)) {
    const waitMs = Math.max(0, before.waitUntil - now);
    return waitMs > 0 ? { record: before, waitMs, message: waitMessage(waitMs) } : { record: before, waitMs };
  }
  const count = before.count + 1;
  const waitMs = waitAfter(count, policy);
  const seen = [...before.seen, digest].slice(-MAX_REMEMBERED_GUESSES);
  const next: GuessRecord = { count, seen, lastWrongAt: now, waitUntil: now + waitMs };
  return waitMs > 0 ? { record: next, waitMs, message: waitMessage(waitMs) } : { record: next, waitMs };
}

/** `beforeGuess` for a gate of a save slot. */
export function slotBeforeGuess(
  slot: SaveSlot,
  gateId: string,
  normalisedGuess: string,
  now: number,
): GuessVerdict {
  return beforeGuess(slot.guesses[gateId], gateId, normalisedGuess, now);
}

/** `afterWrongGuess` applied to a save slot draft (for use inside `SaveService.updateSlot`). */
export function slotRecordWrongGuess(
  draft: SaveSlot,
  gateId: string,
  normalisedGuess: string,
  now: number,
  policy: ThrottlePolicy = DEFAULT_THROTTLE,
): WrongGuessOutcome {
  const outcome = afterWrongGuess(draft.guesses[gateId], gateId, normalisedGuess, now, policy);
  draft.guesses[gateId] = outcome.record;
  return outcome;
}
