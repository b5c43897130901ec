// Plays a pack folder live: one save slot for the dev build, every accepted answer recorded, and after each
// rebuild the recorded answers replayed against the fresh build so the author keeps their progress.
// "Start from here" replays walkthrough.yaml instead, up to the chosen chapter, puzzle or deduction.
import { join } from 'node:path';
import type { DevStatus, UnlockGraph } from '@shared/dev-types';
import type { AnswerResult, DeductionResult, DeductionSubmission, GameView } from '@shared/game-types';
import type { PackView } from '@shared/pack/public-types';
import { UserError } from '@shared/result';
import type { CoreEvents } from '../events';
import type { Logger } from '../logger';
import type { SaveService } from '../saves/save-service';
import type { GameSession } from '../session/game-session';
import { openPack } from '../pack/open-pack';
import type { KeyValueStore } from '../store';
import { devProblem, startPoints, type DevPack } from './dev-pack';
import { unlockGraph } from './unlock-graph';

/** What the author did to solve a gate, replayed against each new build. */
export type DevAttempt =
  { kind: 'answer'; answer: string } | { kind: 'deduction'; submission: DeductionSubmission };

export interface DevGameDeps {
  dev: DevPack;
  session: GameSession;
  saves: SaveService;
  events: CoreEvents;
  log: Logger;
  /** Keeps the recorded answers between runs of dev mode on the same folder. */
  memory: KeyValueStore;
}

const SLOT_NAME = 'Dev build';

export class DevGame {
  private slotId: string | undefined;
  private reopened: string[] = [];
  private readonly progress = new Map<string, DevAttempt>();

  constructor(private readonly deps: DevGameDeps) {
    const saved = deps.memory.get(`progress:${deps.dev.folder}`);
    if (Array.isArray(saved))
      for (const entry of saved as [string, DevAttempt][])
        if (typeof entry[0] === 'string' && entry[1]) this.progress.set(entry[0], entry[1]);
    deps.dev.onChecked(async (build) => {
      if (build && this.playingDev(build.source.meta.id)) await this.reload();
      deps.events.emit('devChanged', this.status());
    });
  }

  status(): DevStatus {
    const build = this.deps.dev.current;
    return {
      folder: this.deps.dev.folder,
      packId: build?.source.meta.id ?? '',
      title: build?.source.meta.title ?? '',
      build: build?.number ?? 0,
      problems: this.deps.dev.problems.map(devProblem),
      stale: this.deps.dev.stale,
      reopened: [...this.reopened],
      startPoints: build ? startPoints(build.source) : [],
    };
  }

  graph(): UnlockGraph {
    const build = this.requireBuild();
    return unlockGraph(build.source, this.deps.dev.problems);
  }

  /** The absolute path of a source file the unlock map names; anything else is refused. */
  sourcePath(file: string): string {
    if (!this.graph().nodes.some((n) => n.file === file))
      throw new UserError(
        `"${file}" is not a file of the pack: choose a node of the unlock map.`,
        'not-found',
      );
    return join(this.deps.dev.folder, file);
  }

  /** Opens the dev build with the progress recorded so far. */
  async play(): Promise<GameView> {
    this.requireBuild();
    this.reopened = (await this.replay([...this.progress])).failed;
    return this.deps.session.view();
  }

  /** Starts over and replays the walkthrough until `target` (a chapter, puzzle or deduction id) is open. */
  async startFrom(target: string): Promise<GameView> {
    const { source } = this.requireBuild();
    const kind = source.meta.chapters.some((c) => c.id === target)
      ? 'chapter'
      : source.puzzles.items.some((p) => p.id === target)
        ? 'puzzle'
        : source.deductions.items.some((d) => d.id === target)
          ? 'deduction'
          : undefined;
    if (!kind)
      throw new UserError(
        `There is no chapter, puzzle or deduction "${target}" in the pack: choose one from the list.`,
        'not-found',
      );
    const isOpen = (view: PackView): boolean => {
      if (kind === 'chapter') return view.chapters.some((c) => c.id === target);
      const gates = kind === 'puzzle' ? view.puzzles : view.deductions;
      return gates.some((g) => g.id === target) && !view.solved.includes(target);
    };
    const steps = source.walkthrough.items.map((step): [string, DevAttempt] => [
      'solve' in step ? step.solve : step.deduce,
      'solve' in step
        ? { kind: 'answer', answer: step.answer }
        : { kind: 'deduction', submission: 'fills' in step ? { fills: step.fills } : { links: step.links } },
    ]);
    this.progress.clear();
    this.reopened = [];
    const { failed, reached } = await this.replay(steps, isOpen);
    if (failed.length) {
      const i = steps.findIndex(([gate]) => gate === failed[0]);
      throw new UserError(
        `walkthrough.yaml step ${i + 1} (${failed[0]}) was not accepted by the pack, so "${target}" could not be reached: fix the step, then start from here again.`,
      );
    }
    if (!reached)
      throw new UserError(
        `The walkthrough never opens "${target}": add the steps that reach it to walkthrough.yaml.`,
      );
    this.deps.events.emit('devChanged', this.status());
    return this.deps.session.view();
  }

  /** Records an answer the author got right, to replay after the next rebuild. */
  record(gateId: string, attempt: DevAttempt, result: AnswerResult | DeductionResult): void {
    const build = this.deps.dev.current;
    if (result.kind !== 'solved' || !build || !this.playingDev(build.source.meta.id)) return;
    this.progress.set(gateId, attempt);
    this.reopened = this.reopened.filter((g) => g !== gateId);
    this.save();
  }

  /** True when the open game is the pack folder's (not another pack the author opened meanwhile). */
  private playingDev(packId: string): boolean {
    try {
      return this.deps.session.view().pack.id === packId;
    } catch {
      return false;
    }
  }

  private async reload(): Promise<void> {
    const { failed } = await this.replay([...this.progress]);
    this.reopened = [...new Set([...this.reopened, ...failed])];
  }

  /**
   * Replays `attempts` on a fresh copy of the newest build (stopping early once `stop` holds), writes what
   * they solved into the dev slot in one go, and opens it. Content keys differ between builds, so the
   * slot's solved gates are always won back this way rather than carried over.
   */
  private async replay(
    attempts: [string, DevAttempt][],
    stop?: (view: PackView) => boolean,
  ): Promise<{ failed: string[]; reached: boolean }> {
    const { session, saves } = this.deps;
    const build = this.requireBuild();
    const packId = build.source.meta.id;
    const pack = openPack(build.bytes);
    const solved: Record<string, { contentKey: string; solvedAt: number; proof: string }> = {};
    const files = new Set<string>();
    const failed: string[] = [];
    let reached = stop?.(pack.view()) ?? false;
    for (const [gate, attempt] of attempts) {
      if (reached) break;
      const outcome = await pack
        .tryAnswer(gate, attempt.kind === 'answer' ? attempt.answer : attempt.submission)
        // A gate that is no longer open (or no longer exists) simply reopens.
        .catch((error: unknown) => {
          if (error instanceof UserError) return undefined;
          throw error;
        });
      if (outcome?.kind === 'solved') {
        solved[gate] = { contentKey: outcome.contentKey, solvedAt: Date.now(), proof: outcome.proof };
        for (const f of outcome.unlocked.files) files.add(f.id);
        this.progress.set(gate, attempt);
      } else {
        failed.push(gate);
        this.progress.delete(gate);
      }
      reached = stop?.(pack.view()) ?? false;
    }
    const view = pack.view();
    const done = view.chapters.filter((c) => view.completedChapters.includes(c.id));

    session.close();
    if (!this.slotId || !saves.listSlots(packId).some((s) => s.id === this.slotId))
      this.slotId =
        saves.listSlots(packId).find((s) => s.name === SLOT_NAME)?.id ??
        saves.createSlot(packId, SLOT_NAME).id;
    saves.updateSlot(packId, this.slotId, (draft) => {
      draft.solvedGates = solved;
      draft.unlockedFiles = [...files];
      draft.guesses = {};
      draft.deductionAttempts = {};
      draft.chapterReached = done.at(-1)?.id ?? view.chapters[0]?.id ?? null;
    });
    await session.open(packId, this.slotId);
    this.save();
    return { failed, reached };
  }

  private save(): void {
    this.deps.memory.set(`progress:${this.deps.dev.folder}`, [...this.progress]);
  }

  private requireBuild() {
    const build = this.deps.dev.current;
    if (!build)
      throw new UserError(
        'The pack folder does not check yet, so there is nothing to play: fix the problems listed in the dev panel and save.',
        'invalid-pack',
      );
    return build;
  }
}
