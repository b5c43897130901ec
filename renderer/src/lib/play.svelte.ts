// The game being played, as reactive state: the engine's view of it, what the player is looking at,
// the outcome of each answer, and saves of the board and recipes (debounced, flushed on leaving).
import type {
  AnswerResult,
  BoardState,
  DeductionResult,
  DeductionSubmission,
  GameView,
  HintRung,
  LedgerLine,
  SavedRecipe,
  Unlocked,
} from '@shared/game-types';
import type { PublicScene } from '@shared/pack/public-types';
import { call, game } from './game';
import { library } from './library.svelte';
import { nav } from './navigation.svelte';
import { settings } from './settings.svelte';
import { sound } from '../audio/sound';
import {
  clockOf,
  clockText,
  currentClock,
  isFinished,
  type RaceClock,
  type StartedClock,
} from './race-clocks';
import { MAX_READ_FILES } from '@shared/board/board-schema';
import { LockCountdown } from './lock-countdown';

export type Tab = 'reader' | 'workbench' | 'board' | 'story';

export interface GateFeedback {
  kind: AnswerResult['kind'] | DeductionResult['kind'];
  message: string;
  /** Epoch ms until which the next try is refused. */
  waitUntil: number;
}

export interface SceneStep {
  scene: PublicScene;
  /** Set on a chapter's closing scene: the hints taken in that chapter. */
  ledger?: { chapter: string; lines: LedgerLine[] };
}

export type { RaceClock } from './race-clocks';

/** Where the player was in a saved game, kept on this computer so Continue opens the same place. */
interface Place {
  file: string | null;
  tab: Tab;
}
const TABS: readonly Tab[] = ['reader', 'workbench', 'board', 'story'];
const placeKey = (packId: string, slotId: string) => `resonance:place:${packId}:${slotId}`;

function readPlace(packId: string, slotId: string): Place | null {
  try {
    const raw = localStorage.getItem(placeKey(packId, slotId));
    if (!raw) return null;
    const place = JSON.parse(raw) as Partial<Place>;
    return {
      file: typeof place.file === 'string' ? place.file : null,
      tab: TABS.includes(place.tab as Tab) ? (place.tab as Tab) : 'reader',
    };
  } catch {
    // Storage may be unavailable or hold something unreadable: start at the first file.
    return null;
  }
}

/** The campaign every new player starts with. */
export const CAMPAIGN = 'neos-2148';

// The board reports discrete changes (a card placed, a drag ended), so a short pause is enough to merge bursts.
const BOARD_SAVE_MS = 150;
const RECIPE_SAVE_MS = 500;

/** Runs the last value pushed after a pause; a run the engine refuses is told through `onError`, never thrown. */
function debounced<T>(ms: number, run: (value: T) => Promise<unknown>, onError: (error: Error) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: T | undefined;
  let has = false;
  const flush = async () => {
    clearTimeout(timer);
    if (!has) return;
    has = false;
    const value = pending as T;
    try {
      await run(value);
    } catch (e) {
      onError(e as Error);
    }
  };
  return {
    push(value: T) {
      pending = value;
      has = true;
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), ms);
    },
    flush,
  };
}

class Play {
  view = $state.raw<GameView | null>(null);
  #selectedFile = $state<string | null>(null);
  #tab = $state<Tab>('reader');
  /** The wall clock, ticking while a game is open: race clocks and waits count from it. */
  now = $state(Date.now());
  /** When each clock (a race's, or a timed puzzle's own) (re)started, and how often it ran out. */
  private clocks = $state<Record<string, StartedClock>>({});
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Text in each puzzle's answer box, kept while the player moves around. */
  drafts = $state<Record<string, string>>({});
  feedback = $state<Record<string, GateFeedback>>({});
  scenes = $state<SceneStep[]>([]);
  /** The passage of a file to show highlighted, when a board card asks for its source. */
  highlight = $state<{ fileId: string; quote: string } | null>(null);
  busy = $state(false);
  error = $state<string | null>(null);
  /** The player has seen the ending of this finished case and gone back to the vault. */
  endingSeen = $state(false);
  /** Vault files opened in the reader since they last changed; the vault marks every other one unread. */
  readFiles = $state.raw<string[]>([]);
  /** Files and clues that have just arrived, shown with a short glow. */
  arrived = $state<string[]>([]);
  private arrivedTimer: ReturnType<typeof setTimeout> | undefined;

  /** Counts down sealed hint rungs between the engine's readings. */
  private locks = new LockCountdown();
  private refreshing: Promise<void> | null = null;

  private boardSaves = debounced<BoardState>(
    BOARD_SAVE_MS,
    (board) => call(game().saveBoard(board)),
    (e) =>
      library.notify({ kind: 'error', message: `Your last change to the board was not saved: ${e.message}` }),
  );
  private recipeSaves = new Map<string, ReturnType<typeof debounced<SavedRecipe>>>();

  get selectedFile(): string | null {
    return this.#selectedFile;
  }
  set selectedFile(fileId: string | null) {
    this.#selectedFile = fileId;
    this.startClockFor(fileId);
    this.rememberPlace();
    this.noteReading();
    const file = fileId ? this.view?.files.find((f) => f.id === fileId) : undefined;
    this.focusGate(file?.lockedBy ?? null);
  }

  /**
   * Tells the engine which puzzle or deduction the player is working on, so its sealed hints are worked
   * through in the background meanwhile. Solved gates and nothing at all both mean "none".
   */
  focusGate(gateId: string | null): void {
    const open = gateId !== null && this.view !== null && !this.view.solved.includes(gateId);
    this.locks.focus(open ? gateId : null);
    // Only the engine's attention changes; a failure here costs a hint some minutes, never the game.
    void game()
      .focusGate({ gateId: open ? gateId : null })
      .catch(() => undefined);
  }

  get tab(): Tab {
    return this.#tab;
  }
  set tab(tab: Tab) {
    this.#tab = tab;
    this.rememberPlace();
    this.noteReading();
  }

  /** The clock started most recently and not yet stopped (a race's or a timed puzzle's), if timers are on. */
  get race(): RaceClock | null {
    const view = this.view;
    if (!view || settings.value?.timers === false) return null;
    return currentClock(this.clocks, view.puzzles, view.solved, this.now);
  }

  /** Seconds before the next try at a gate is accepted; 0 when it may be tried now. */
  waitSeconds(gateId: string): number {
    const until = Math.max(
      this.feedback[gateId]?.waitUntil ?? 0,
      this.view?.progress[gateId]?.waitUntil ?? 0,
    );
    return Math.max(0, Math.ceil((until - this.now) / 1000));
  }

  get packTitle(): string {
    return this.view?.pack.title ?? '';
  }

  /** The chapter being played: the first one not yet completed. */
  get chapter() {
    const v = this.view;
    if (!v) return undefined;
    return v.chapters.find((c) => !v.completedChapters.includes(c.id)) ?? v.chapters.at(-1);
  }

  /** `fresh` is a new game: its first files are all unread, and its opening scene shows. */
  async start(action: () => Promise<GameView>, fresh: boolean): Promise<void> {
    this.error = null;
    this.busy = true;
    try {
      const view = await action();
      // Whatever was announced in the last game or on the title screen is stale now.
      nav.clearAnnouncement();
      this.view = view;
      this.locks.reset();
      this.feedback = {};
      this.clocks = {};
      this.endingSeen = false;
      // A save from before files were marked read has read what it shows; a new game has read nothing yet.
      this.readFiles = view.board.readFiles ?? (fresh ? [] : view.files.map((f) => f.id));
      const place = readPlace(view.pack.id, view.slot.id);
      const file = place?.file && view.files.some((f) => f.id === place.file) ? place.file : null;
      // The tab comes first, so the file opened on it is read only if the reader shows it.
      this.#tab = place?.tab ?? 'reader';
      this.selectedFile = file ?? view.files[0]?.id ?? null;
      this.startTicking();
      nav.go('game');
      const first = view.chapters[0];
      const opening = first && view.scenes.find((s) => s.id === first.opening);
      this.scenes = fresh && opening ? [{ scene: opening }] : [];
      for (const notice of view.notices) nav.announce(notice);
    } catch (e) {
      this.error = (e as Error).message;
    } finally {
      this.busy = false;
    }
  }

  /** Continue: the last game played, or the title screen says why not. */
  async continueLast(): Promise<boolean> {
    const last = await call(game().lastPlayed());
    if (!last) return false;
    await this.open(last.packId, last.slotId);
    return true;
  }

  /** New Game: a new save of the campaign (or of the only pack there is). */
  async newCampaign(): Promise<boolean> {
    const packs = await call(game().listPacks());
    const pack = packs.find((p) => p.id === CAMPAIGN) ?? packs[0];
    if (!pack) return false;
    await this.newGame(pack.id);
    return true;
  }

  newGame(packId: string, name?: string): Promise<void> {
    return this.start(() => call(game().newGame({ packId, name })), true);
  }

  open(packId: string, slotId?: string): Promise<void> {
    return this.start(() => call(game().openGame({ packId, slotId })), false);
  }

  async leave(): Promise<void> {
    await this.flush();
    this.stopTicking();
    sound.setChapter(null);
    nav.home();
  }

  async flush(): Promise<void> {
    await this.boardSaves.flush();
    await Promise.all([...this.recipeSaves.values()].map((d) => d.flush()));
  }

  selectFile(fileId: string, tab: Tab = 'reader'): void {
    // The tab first, so a file opened straight into the workbench is not counted as read.
    this.#tab = tab;
    this.selectedFile = fileId;
  }

  openSource(fileId: string, quote: string): void {
    this.highlight = { fileId, quote };
    this.selectFile(fileId);
  }

  private remember(gateId: string, kind: GateFeedback['kind'], message: string, waitMs = 0): void {
    // The panel that shows this feedback is itself a live region: no second announcement here.
    this.feedback = {
      ...this.feedback,
      [gateId]: { kind, message, waitUntil: waitMs > 0 ? Date.now() + waitMs : 0 },
    };
  }

  async answer(puzzleId: string, text: string): Promise<AnswerResult | undefined> {
    try {
      const result = await call(game().submitAnswer({ puzzleId, answer: text }));
      if (result.kind === 'solved') {
        const race = this.race;
        this.view = result.view;
        this.locks.fresh();
        const won =
          race?.puzzleIds.includes(puzzleId) && isFinished(race.id, result.view.puzzles, result.view.solved)
            ? ` ${race.title}: done with ${clockText(race.remaining)} on the clock.`
            : '';
        this.remember(puzzleId, 'solved', `Solved. The file is open.${won}`);
        sound.cue('unlock');
        const opened = result.view.files.filter((f) => f.lockedBy === puzzleId).map((f) => f.id);
        this.glow(opened);
        this.markUnread(opened);
        this.arrive(result.unlocked);
      } else {
        this.remember(puzzleId, result.kind, result.message, 'waitMs' in result ? result.waitMs : 0);
        if (result.kind === 'keep-going') sound.cue('near-miss');
        else if (result.kind === 'wrong') sound.cue('wrong');
      }
      return result;
    } catch (e) {
      this.remember(puzzleId, 'wrong', (e as Error).message);
      return undefined;
    }
  }

  async deduce(deductionId: string, submission: DeductionSubmission): Promise<DeductionResult> {
    const result = await call(game().submitDeduction({ deductionId, submission }));
    if (result.kind === 'solved') {
      this.view = result.view;
      this.locks.fresh();
      this.remember(deductionId, 'solved', 'The deduction holds.');
      sound.cue('deduction');
      this.arrive(result.unlocked);
    } else {
      this.remember(deductionId, result.kind, result.message, 'waitMs' in result ? result.waitMs : 0);
      if (result.kind === 'wrong') sound.cue('wrong');
    }
    return result;
  }

  async takeHint(gateId: string, rung: HintRung): Promise<void> {
    const { progress } = await call(game().takeHint({ gateId, rung, confirm: true }));
    if (this.view) this.view = { ...this.view, progress: { ...this.view.progress, [gateId]: progress } };
    this.locks.fresh([gateId]);
  }

  /**
   * Milliseconds before a sealed hint rung opens: the engine's last reading (`reading`), less the time its
   * gate has been worked on since. An estimate; `refreshProgress` takes a new reading when it runs out.
   */
  hintLockLeft(gateId: string, reading: number, now = Date.now()): number {
    return this.locks.left(gateId, reading, now);
  }

  /** Asks the engine where every gate's hints stand now; one request at a time. */
  refreshProgress(): Promise<void> {
    this.refreshing ??= call(game().gameView())
      .then((fresh) => {
        if (!this.view || fresh.slot.id !== this.view.slot.id) return;
        this.view = { ...this.view, progress: fresh.progress };
        this.locks.fresh();
      })
      // The countdown only estimates; without a new reading the hint button still says what is open.
      .catch(() => undefined)
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** The board model keeps cards, links and slots; what the reader has shown is kept here and joins it. */
  saveBoard(board: BoardState): void {
    const withReads: BoardState = { ...board, readFiles: this.readFiles };
    if (this.view) this.view = { ...this.view, board: withReads };
    this.boardSaves.push(withReads);
  }

  /** The file the reader shows is read; the choice is saved with the board. */
  private noteReading(): void {
    const fileId = this.#selectedFile;
    const view = this.view;
    if (this.#tab !== 'reader' || !fileId || !view || this.readFiles.includes(fileId)) return;
    if (!view.files.some((f) => f.id === fileId)) return;
    // Only files the pack still shows are kept, so the list never outgrows the pack.
    const shown = new Set(view.files.map((f) => f.id));
    this.readFiles = [...this.readFiles.filter((id) => shown.has(id)), fileId].slice(-MAX_READ_FILES);
    this.saveBoard(view.board);
  }

  /**
   * Files whose content just changed (a solve opened them) are unread again, except the one the reader is
   * showing: the player is looking at its new content.
   */
  private markUnread(fileIds: string[]): void {
    const showing = this.#tab === 'reader' ? this.#selectedFile : null;
    const next = this.readFiles.filter((id) => id === showing || !fileIds.includes(id));
    if (next.length === this.readFiles.length || !this.view) return;
    this.readFiles = next;
    this.saveBoard(this.view.board);
  }

  saveRecipe(puzzleId: string, recipe: SavedRecipe): void {
    if (this.view) this.view = { ...this.view, recipes: { ...this.view.recipes, [puzzleId]: recipe } };
    let saver = this.recipeSaves.get(puzzleId);
    if (!saver) {
      saver = debounced<SavedRecipe>(
        RECIPE_SAVE_MS,
        (steps) =>
          call(
            game().saveRecipe({
              puzzleId,
              recipe: steps.map((step) => ({
                id: step.id,
                direction: step.direction,
                params: Object.fromEntries(
                  Object.entries(step.params ?? {}).filter(
                    (entry): entry is [string, string | number] =>
                      typeof entry[1] === 'string' || typeof entry[1] === 'number',
                  ),
                ),
              })),
            }),
          ),
        (e) => library.notify({ kind: 'error', message: `Your recipe was not saved: ${e.message}` }),
      );
      this.recipeSaves.set(puzzleId, saver);
    }
    saver.push(recipe);
  }

  /** Tells the player what a solved gate opened, and queues the story scenes it brought. */
  private arrive(unlocked: Unlocked): void {
    this.glow([...unlocked.files.map((f) => f.id), ...unlocked.clues.map((c) => c.id)]);
    const parts: string[] = [];
    if (unlocked.files.length)
      parts.push(`${unlocked.files.length} new ${unlocked.files.length === 1 ? 'file' : 'files'}`);
    if (unlocked.clues.length)
      parts.push(
        `${unlocked.clues.length} new ${unlocked.clues.length === 1 ? 'clue' : 'clues'} in the board tray`,
      );
    if (unlocked.deductions.length)
      parts.push(
        `${unlocked.deductions.length} new ${unlocked.deductions.length === 1 ? 'deduction' : 'deductions'}`,
      );
    if (parts.length) nav.announce(`Unlocked: ${parts.join(', ')}.`);

    const view = this.view;
    if (!view) return;
    const steps: SceneStep[] = [];
    for (const chapterId of unlocked.completedChapters) {
      const chapter = view.chapters.find((c) => c.id === chapterId);
      const closing = chapter && view.scenes.find((s) => s.id === chapter.closing);
      if (closing) steps.push({ scene: closing, ledger: { chapter: chapter.title, lines: [] } });
      void call(game().hintLedger({ chapterId }))
        .then((lines) => {
          this.scenes = this.scenes.map((s) =>
            s.scene.id === closing?.id && s.ledger ? { ...s, ledger: { ...s.ledger, lines } } : s,
          );
        })
        .catch(() => undefined);
    }
    for (const chapter of unlocked.chapters) {
      const opening = view.scenes.find((s) => s.id === chapter.opening);
      if (opening) steps.push({ scene: opening });
    }
    if (steps.length) this.scenes = [...this.scenes, ...steps];
  }

  dismissScene(): void {
    this.scenes = this.scenes.slice(1);
  }

  private glow(ids: string[]): void {
    if (!ids.length) return;
    this.arrived = [...new Set([...this.arrived, ...ids])];
    clearTimeout(this.arrivedTimer);
    this.arrivedTimer = setTimeout(() => (this.arrived = []), 2500);
  }

  private rememberPlace(): void {
    const view = this.view;
    if (!view) return;
    try {
      localStorage.setItem(
        placeKey(view.pack.id, view.slot.id),
        JSON.stringify({ file: this.#selectedFile, tab: this.#tab } satisfies Place),
      );
    } catch {
      // Without storage the game still plays; it only opens at the first file next time.
    }
  }

  /**
   * A clock starts the first time a file locked by one of its puzzles is opened, and then keeps running; a
   * race's clock keeps running across its steps.
   */
  private startClockFor(fileId: string | null): void {
    const view = this.view;
    const file = fileId ? view?.files.find((f) => f.id === fileId) : undefined;
    const puzzle = file?.lockedBy ? view?.puzzles.find((p) => p.id === file.lockedBy) : undefined;
    const clock = puzzle && clockOf(puzzle);
    if (!view || !puzzle || !clock || view.solved.includes(puzzle.id) || this.clocks[clock.id]) return;
    this.clocks = { ...this.clocks, [clock.id]: { startedAt: Date.now(), expired: 0 } };
    if (settings.value?.timers !== false) sound.cue('clock');
  }

  private startTicking(): void {
    this.stopTicking();
    this.now = Date.now();
    this.ticker = setInterval(() => this.tick(), 250);
  }

  private stopTicking(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }

  private tick(): void {
    const before = this.race;
    this.now = Date.now();
    const race = this.race;
    if (!race) return;
    // The last ten seconds are counted out loud, one tick a second.
    if (race.remaining <= 10 && race.remaining > 0 && before && before.remaining !== race.remaining)
      sound.cue('clock');
    if (race.remaining === 0) {
      const clock = this.clocks[race.id];
      this.clocks = {
        ...this.clocks,
        [race.id]: { startedAt: Date.now(), expired: (clock?.expired ?? 0) + 1 },
      };
      nav.announce('Time ran out. The clock restarts: nothing you found is lost.');
    }
  }
}

export const play = new Play();
