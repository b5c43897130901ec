// The game being played: one pack and one save slot. Answers, deductions and hints are checked here
// against the sealed pack, throttled through the save, and only what they unlock goes back to the window.
import { canonicalFills, canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';
import type {
  AnswerResult,
  BoardState,
  DeductionResult,
  DeductionSubmission,
  GameView,
  GateProgress,
  Hint,
  HintRung,
  LedgerLine,
  SavedRecipe,
} from '@shared/game-types';
import type { PackView } from '@shared/pack/public-types';
import { UserError } from '@shared/result';
import type { Settings } from '@shared/settings';
import type { PackLibrary } from '../library/pack-library';
import type { Logger } from '../logger';
import type { HintLock, SealedPack } from '../pack/open-pack';
import { chapterLedger, rungsTaken, takeHint } from '../saves/hint-ladder';
import type { SaveService } from '../saves/save-service';
import type { SaveSlot } from '../saves/schema';
import type { ThrottlePolicy } from '../saves/throttle';
import type { KeyValueStore } from '../store';
import { GuessGuard } from './guess-guard';
import { HintLockRunner } from './hint-locks';

/** Idle gaps longer than this are not counted as time played. */
const MAX_TICK_MS = 5 * 60_000;
/** Frequent changes (board moves, recipe edits) are written together, at most this long after the first. */
const DEFERRED_WRITE_MS = 1_000;

interface OpenGame {
  packId: string;
  slotId: string;
  pack: SealedPack;
  lastTick: number;
}

export interface SessionDeps {
  library: PackLibrary;
  saves: SaveService;
  settings: () => Settings;
  /** Remembers the last game played, for Continue. */
  memory: KeyValueStore;
  log: Logger;
  now?: () => number;
  /** A clock that only moves forward while the game runs (ms); the wrong-answer wait is measured on it. */
  monotonic?: () => number;
  /** Waits after wrong guesses; dev mode passes one without waits. */
  throttle?: ThrottlePolicy;
}

export class GameSession {
  private game: OpenGame | undefined;
  private checking = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;
  /** Wrong-answer waits, per pack and gate, outside every save slot. */
  readonly guard: GuessGuard;
  /** Hint rungs' time-locks, worked through while the player plays. */
  readonly locks: HintLockRunner;

  constructor(private readonly deps: SessionDeps) {
    this.now = deps.now ?? Date.now;
    const monotonic = deps.monotonic ?? (() => performance.now());
    this.guard = new GuessGuard(deps.memory, monotonic, deps.throttle);
    this.locks = new HintLockRunner(deps.memory, deps.log);
  }

  lastPlayed(): { packId: string; slotId: string } | null {
    const last = this.deps.memory.get('lastPlayed') as { packId?: unknown; slotId?: unknown } | undefined;
    if (typeof last?.packId !== 'string' || typeof last.slotId !== 'string') return null;
    const exists = this.deps.saves.listSlots(last.packId).some((s) => s.id === last.slotId);
    return exists ? { packId: last.packId, slotId: last.slotId } : null;
  }

  /** Starts a new save slot of a pack and opens it. */
  async newGame(packId: string, name?: string): Promise<GameView> {
    const pack = this.deps.library.open(packId);
    const count = this.deps.saves.listSlots(packId).length;
    const slot = this.deps.saves.createSlot(packId, name?.trim() || `Investigation ${count + 1}`);
    return this.start(packId, slot.id, pack);
  }

  /** Opens a save slot (the most recent one of the pack when none is named). */
  async open(packId: string, slotId?: string): Promise<GameView> {
    const pack = this.deps.library.open(packId);
    const chosen = slotId ?? this.deps.saves.listSlots(packId)[0]?.id;
    if (!chosen) return this.newGame(packId);
    return this.start(packId, chosen, pack);
  }

  private async start(packId: string, slotId: string, pack: SealedPack): Promise<GameView> {
    this.close();
    // Notices about the slot itself stay queued for the notice area, which shows each exactly once.
    const { slot } = this.deps.saves.loadSlot(packId, slotId);
    this.game = { packId, slotId, pack, lastTick: this.now() };
    const messages = await this.carryOver(slot);
    // Waits a save from an older build kept inside the slot join the pack's own, the stricter winning.
    for (const [gateId, g] of Object.entries(slot.guesses))
      this.guard.absorb(packId, gateId, {
        count: g.count,
        seen: g.seen,
        waitMs: Math.max(0, g.waitUntil - this.now()),
      });
    try {
      this.deps.memory.set('lastPlayed', { packId, slotId });
    } catch (error) {
      // Only Continue forgets the game; the save itself reports its own write failures.
      this.deps.log.warn('Could not remember the last game played.', error);
    }
    return this.viewOf(this.slot(), pack.view(), messages);
  }

  /**
   * Reopens the save's progress in this build of the pack: stored keys first; where a key does not fit
   * (a new build without the author's secret, or a changed gate) the answer the save kept is tried again.
   * Gates that no longer accept it are locked again, and the player is told which.
   */
  private async carryOver(slot: SaveSlot): Promise<string[]> {
    const game = this.require();
    const { pack } = game;
    const entries = Object.entries(slot.solvedGates);
    pack.unlock(entries.map(([, g]) => g.contentKey));
    const renewed = new Map<string, { contentKey: string }>();
    const reopened = new Map<string, string>();
    for (let progressed = true; progressed;) {
      progressed = false;
      const view = pack.view();
      const open = new Map([...view.puzzles, ...view.deductions].map((g) => [g.id, g]));
      for (const [gateId, saved] of entries) {
        if (view.solved.includes(gateId) || reopened.has(gateId) || !open.has(gateId)) continue;
        const outcome = saved.proof ? await pack.tryProof(gateId, saved.proof) : { kind: 'wrong' as const };
        if (outcome.kind === 'solved') renewed.set(gateId, { contentKey: outcome.contentKey });
        else reopened.set(gateId, this.gateTitle(gateId, view));
        progressed = true;
      }
      // Keys of later gates may fit now that the gates before them are open again.
      if (progressed) pack.unlock(entries.map(([, g]) => g.contentKey));
    }
    if (renewed.size === 0 && reopened.size === 0) return [];
    this.update((draft) => {
      for (const [gateId, { contentKey }] of renewed)
        if (draft.solvedGates[gateId]) draft.solvedGates[gateId]!.contentKey = contentKey;
      for (const gateId of reopened.keys()) delete draft.solvedGates[gateId];
    });
    const names = [...reopened.values()];
    if (names.length === 0) return [];
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
    return [
      `This version of the pack changed ${list}: ${names.length === 1 ? 'it is' : 'they are'} locked again. Everything else you solved carries over.`,
    ];
  }

  private gateTitle(gateId: string, view: PackView): string {
    const puzzle = view.puzzles.find((p) => p.id === gateId);
    if (puzzle) {
      const files = view.files.filter((f) => puzzle.locks.includes(f.id)).map((f) => f.title);
      return files.length ? `“${files[0]!}”` : `“${puzzle.title}”`;
    }
    const d = view.deductions.find((x) => x.id === gateId);
    return `the deduction “${d?.title ?? gateId}”`;
  }

  /** The pack and slot being played, if any. */
  current(): { packId: string; slotId: string } | undefined {
    return this.game && { packId: this.game.packId, slotId: this.game.slotId };
  }

  /**
   * Writes what is pending and forgets the open game. A slot that is gone (deleted or reset meanwhile)
   * is simply forgotten, so the next New Game or Open starts clean.
   */
  close(): void {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    this.guard.persist();
    this.locks.focus('', undefined);
    this.locks.persist(true);
    if (!this.game) return;
    try {
      this.update(() => undefined, true);
      this.deps.saves.flush();
    } catch (error) {
      this.deps.log.warn(`Closed the game in "${this.game.packId}" without a last save.`, error);
    } finally {
      this.game = undefined;
    }
  }

  /** Forgets the open game without writing it: its slot was deleted or its pack reset. */
  forget(packId: string, slotId?: string): void {
    if (!this.game || this.game.packId !== packId) return;
    if (slotId !== undefined && this.game.slotId !== slotId) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    this.game = undefined;
  }

  view(): GameView {
    const game = this.require();
    return this.viewOf(this.slot(), game.pack.view(), []);
  }

  async answer(puzzleId: string, answer: string): Promise<AnswerResult> {
    const game = this.require();
    const view = game.pack.view();
    const puzzle = view.puzzles.find((p) => p.id === puzzleId);
    if (!puzzle)
      throw new UserError('That puzzle is not open yet: solve what comes before it first.', 'not-found');
    if (view.solved.includes(puzzleId))
      throw new UserError('You have already solved this puzzle.', 'conflict');
    const normalised = normaliseAnswer(answer, { keepSpaces: puzzle.keepSpaces });
    if (!normalised) throw new UserError('Type an answer first: letters or digits.');

    this.focusGate(puzzleId);
    return this.checkOnce(async () => {
      const verdict = this.guard.before(game.packId, puzzleId, normalised);
      if (verdict.kind === 'repeat') return { kind: 'repeated', message: verdict.message };
      if (verdict.kind === 'wait') return { kind: 'wait', message: verdict.message, waitMs: verdict.waitMs };

      const outcome = await game.pack.tryAnswer(puzzleId, answer);
      if (outcome.kind === 'keep-going') return { kind: 'keep-going', message: outcome.message };
      if (outcome.kind === 'wrong') {
        const { waitMs } = this.guard.recordWrong(game.packId, puzzleId, normalised);
        this.update(() => undefined);
        return {
          kind: 'wrong',
          message:
            waitMs > 0
              ? `That does not open it. Wait ${Math.ceil(waitMs / 1000)} s before the next try.`
              : 'That does not open it.',
          waitMs,
        };
      }
      const slot = this.recordSolved(
        puzzleId,
        outcome.contentKey,
        outcome.proof,
        outcome.unlocked.files.map((f) => f.id),
      );
      return { kind: 'solved', unlocked: outcome.unlocked, view: this.viewOf(slot, game.pack.view(), []) };
    });
  }

  async deduce(deductionId: string, submission: DeductionSubmission): Promise<DeductionResult> {
    const game = this.require();
    const view = game.pack.view();
    const deduction = view.deductions.find((d) => d.id === deductionId);
    if (!deduction)
      throw new UserError('That deduction is not open yet: solve what comes before it first.', 'not-found');
    if (view.solved.includes(deductionId)) throw new UserError('This deduction already holds.', 'conflict');
    const canonical = this.canonical(deduction.kind, submission, view);

    this.focusGate(deductionId);
    return this.checkOnce(async () => {
      const verdict = this.guard.before(game.packId, deductionId, canonical);
      if (verdict.kind === 'repeat') return { kind: 'repeated', message: verdict.message };
      if (verdict.kind === 'wait') return { kind: 'wait', message: verdict.message, waitMs: verdict.waitMs };

      const outcome = await game.pack.tryAnswer(deductionId, submission);
      if (outcome.kind === 'solved') {
        const slot = this.recordSolved(
          deductionId,
          outcome.contentKey,
          outcome.proof,
          outcome.unlocked.files.map((f) => f.id),
        );
        return { kind: 'solved', unlocked: outcome.unlocked, view: this.viewOf(slot, game.pack.view(), []) };
      }
      const { waitMs } = this.guard.recordWrong(game.packId, deductionId, canonical);
      this.update((draft) => {
        draft.deductionAttempts[deductionId] = (draft.deductionAttempts[deductionId] ?? 0) + 1;
      });
      const wait = waitMs > 0 ? ` Wait ${Math.ceil(waitMs / 1000)} s before the next try.` : '';
      const mode = this.deps.settings().feedback;
      if (mode === 'group' || !deduction.feedback) {
        return { kind: 'wrong', message: `The deduction does not hold yet.${wait}`, waitMs };
      }
      const pin = this.lockValues(deductionId).pin;
      let feedback;
      try {
        feedback = await game.pack.deductionFeedback(deductionId, submission, pin);
      } catch (error) {
        // Feedback opens with the pinpoint lock, or the submission had too many links to check.
        if (!(error instanceof UserError)) throw error;
        return { kind: 'wrong', message: `The deduction does not hold yet. ${error.message}${wait}`, waitMs };
      }
      if (feedback.kind === 'fill') {
        const wrongSlots = Object.entries(feedback.slots)
          .filter(([, v]) => v === 'wrong')
          .map(([k]) => k);
        const total = Object.keys(feedback.slots).length;
        const message = `${wrongSlots.length} of ${total} ${total === 1 ? 'slot is' : 'slots are'} wrong.${wait}`;
        return mode === 'pinpoint'
          ? { kind: 'wrong', message, waitMs, wrongCount: wrongSlots.length, wrongSlots }
          : { kind: 'wrong', message, waitMs, wrongCount: wrongSlots.length };
      }
      const wrongLinks = feedback.links.flatMap((v, i) => (v === 'wrong' ? [i] : []));
      const missing = Math.max(
        0,
        deduction.kind === 'links' ? deduction.linkCount - (feedback.links.length - wrongLinks.length) : 0,
      );
      const message = `${wrongLinks.length} of your links ${wrongLinks.length === 1 ? 'is' : 'are'} wrong${missing > 0 ? ` and ${missing} needed ${missing === 1 ? 'link is' : 'links are'} missing` : ''}.${wait}`;
      return mode === 'pinpoint'
        ? { kind: 'wrong', message, waitMs, wrongCount: wrongLinks.length, wrongLinks }
        : { kind: 'wrong', message, waitMs, wrongCount: wrongLinks.length };
    });
  }

  /** Opens the next rung of a gate's hint ladder; the player must have confirmed. */
  takeHint(gateId: string, rung: HintRung, confirm: boolean): { hint: Hint; progress: GateProgress } {
    const game = this.require();
    const view = game.pack.view();
    const gate = [...view.puzzles, ...view.deductions].find((g) => g.id === gateId);
    if (!gate)
      throw new UserError(
        'There are no hints for something that is not open yet: open it first.',
        'not-found',
      );
    const hint = game.pack.hintsFor(gateId, this.lockValues(gateId)).find((h) => h.rung === rung);
    if (!hint) {
      this.focusGate(gateId);
      const status = this.locks.status(game.packId, game.pack.hintLock(gateId));
      const ms = rung === 'reveal' ? status.reveal : status.pinpoint;
      throw new UserError(
        `The ${rung} hint is still sealed: it opens in about ${formatDuration(ms)} while you work on this. The game works the lock through in the background; the nudge and method hints are open now.`,
        'conflict',
      );
    }
    this.update((draft) => {
      draft.hints = takeHint(
        draft.hints,
        { gateId, chapterId: gate.chapter, rung, confirm },
        this.now(),
      ).hints;
    });
    return { hint, progress: this.gateProgress(this.slot(), gateId, game.pack) };
  }

  /**
   * The player is working on this gate (its file is open, or its deduction): its hint lock is worked
   * through from now on. `null` stops the work.
   */
  focusGate(gateId: string | null): null {
    const game = this.require();
    if (gateId === null) {
      this.locks.focus(game.packId, undefined);
      return null;
    }
    const view = game.pack.view();
    const open = [...view.puzzles, ...view.deductions].some((g) => g.id === gateId);
    if (open && !view.solved.includes(gateId)) this.locks.focus(game.packId, game.pack.hintLock(gateId));
    return null;
  }

  private lockOf(gateId: string): HintLock | undefined {
    try {
      return this.require().pack.hintLock(gateId);
    } catch {
      return undefined;
    }
  }

  private lockValues(gateId: string): { pin?: Uint8Array; reveal?: Uint8Array } {
    const lock = this.lockOf(gateId);
    return lock ? this.locks.values(this.require().packId, lock) : {};
  }

  /** The hints taken in a chapter, for the end-of-chapter summary. */
  ledger(chapterId: string): LedgerLine[] {
    const game = this.require();
    const view = game.pack.view();
    const titles = new Map([...view.puzzles, ...view.deductions].map((g) => [g.id, g.title]));
    return chapterLedger(this.slot().hints, chapterId).map((line) => ({
      ...line,
      title: titles.get(line.gateId) ?? line.gateId,
    }));
  }

  saveBoard(board: BoardState): void {
    this.update((draft) => {
      draft.board = board as SaveSlot['board'];
    }, true);
  }

  saveRecipe(puzzleId: string, recipe: SavedRecipe): void {
    if (
      !this.require()
        .pack.view()
        .puzzles.some((p) => p.id === puzzleId)
    )
      throw new UserError(
        'Recipes are kept only for puzzles you can see: open the puzzle in the vault, then build its recipe.',
        'not-found',
      );
    this.update((draft) => {
      draft.recipes[puzzleId] = recipe.map((step) => ({
        id: step.id,
        direction: step.direction,
        params: { ...(step.params ?? {}) } as Record<string, string | number>,
      }));
    }, true);
  }

  /** Progress of one pack's newest slot (share of its gates solved), 0..1, for the library. */
  packProgress(packId: string, pack: SealedPack): number {
    // A list of saves that cannot be read at all is the library's to report, beside the pack.
    const newest = this.deps.saves.listSlots(packId)[0];
    if (!newest) return 0;
    try {
      const { slot } = this.deps.saves.loadSlot(packId, newest.id);
      // Measured without adding the keys to the shared pack the library keeps.
      return pack.progressWith(Object.values(slot.solvedGates).map((g) => g.contentKey));
    } catch (error) {
      this.deps.log.warn(`Could not measure progress in "${packId}".`, error);
      return 0;
    }
  }

  private canonical(kind: 'fill' | 'links', submission: DeductionSubmission, view: PackView): string {
    if (kind === 'fill') {
      if (!('fills' in submission))
        throw new UserError('This deduction takes cards in its slots, not links.');
      const empty = Object.entries(submission.fills).filter(([, v]) => !v);
      if (empty.length || Object.keys(submission.fills).length === 0) {
        throw new UserError('Fill every slot before you submit the deduction.');
      }
      return canonicalFills(submission.fills);
    }
    if (!('links' in submission)) throw new UserError('This deduction takes links, not cards in slots.');
    if (submission.links.length === 0)
      throw new UserError('Select the links that prove it before you submit.');
    const symmetric = new Set(view.linkTypes.filter((t) => t.symmetric).map((t) => t.id));
    return canonicalLinks(submission.links, symmetric);
  }

  /** One answer check at a time: a second click while the key derivation runs is not a second guess. */
  private async checkOnce<T extends AnswerResult | DeductionResult>(check: () => Promise<T>): Promise<T> {
    if (this.checking) return { kind: 'wait', message: 'Still checking your last answer.', waitMs: 500 } as T;
    this.checking = true;
    try {
      return await check();
    } finally {
      this.checking = false;
    }
  }

  private recordSolved(gateId: string, contentKey: string, proof: string, files: string[]): SaveSlot {
    const game = this.require();
    // Keys the save kept for gates beyond a reopened one open again once it is solved.
    const stored = Object.values(this.slot().solvedGates).map((g) => g.contentKey);
    game.pack.unlock(stored);
    const view = game.pack.view();
    return this.update((draft) => {
      draft.solvedGates[gateId] = { contentKey, solvedAt: this.now(), proof };
      draft.unlockedFiles = [...new Set([...draft.unlockedFiles, ...files])];
      const done = view.chapters.filter((c) => view.completedChapters.includes(c.id));
      draft.chapterReached = done.at(-1)?.id ?? view.chapters[0]?.id ?? null;
    });
  }

  private update(mutate: (draft: SaveSlot) => void, defer = false): SaveSlot {
    const game = this.require();
    if (defer && !this.writeTimer) {
      this.writeTimer = setTimeout(() => {
        this.writeTimer = undefined;
        this.deps.saves.flush();
      }, DEFERRED_WRITE_MS);
      this.writeTimer.unref?.();
    }
    const now = this.now();
    const elapsed = Math.min(MAX_TICK_MS, Math.max(0, now - game.lastTick));
    game.lastTick = now;
    return this.deps.saves.updateSlot(
      game.packId,
      game.slotId,
      (draft) => {
        draft.timePlayedMs += elapsed;
        mutate(draft);
      },
      { defer },
    );
  }

  private slot(): SaveSlot {
    const game = this.require();
    return this.deps.saves.loadSlot(game.packId, game.slotId).slot;
  }

  private gateProgress(slot: SaveSlot, gateId: string, pack: SealedPack): GateProgress {
    const game = this.require();
    const taken = rungsTaken(slot.hints, gateId);
    const lock = this.lockOf(gateId);
    let hints: Hint[] = [];
    if (taken.length) {
      try {
        hints = pack
          .hintsFor(gateId, lock ? this.locks.values(game.packId, lock) : {})
          .filter((h) => taken.includes(h.rung));
      } catch {
        hints = [];
      }
    }
    const guesses = this.guard.status(game.packId, gateId);
    const progress: GateProgress = {
      hintsTaken: taken,
      hints,
      wrongGuesses: guesses.count,
      // The wait is measured on the game's own clock; the window counts down from this reading.
      waitUntil: guesses.waitMs > 0 ? Date.now() + guesses.waitMs : 0,
    };
    if (lock) progress.hintLocks = this.locks.status(game.packId, lock);
    return progress;
  }

  private viewOf(slot: SaveSlot, view: PackView, notices: string[]): GameView {
    const game = this.require();
    const progress: Record<string, GateProgress> = {};
    for (const gate of [...view.puzzles, ...view.deductions])
      progress[gate.id] = this.gateProgress(slot, gate.id, game.pack);
    return {
      ...view,
      slot: { id: slot.id, name: slot.name, timePlayedMs: slot.timePlayedMs },
      board: slot.board as BoardState,
      recipes: slot.recipes as Record<string, SavedRecipe>,
      progress,
      notices,
    };
  }

  private require(): OpenGame {
    if (!this.game)
      throw new UserError('No game is open: choose New Game or Continue on the title screen.', 'conflict');
    return this.game;
  }
}

/** "4 min", "40 s": how long until a sealed hint opens, in the words the game uses. */
export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  if (s < 90) return `${s} s`;
  const min = Math.round(s / 60);
  return min < 90 ? `${min} min` : `${Math.round(min / 6) / 10} h`;
}
