// Race clocks: a timed puzzle runs against a clock of its own, the steps of a chapter's race against one
// clock they share, started when the first of them is opened and stopped when the last is solved.
import type { PublicPuzzle } from '@shared/pack/public-types';

/** What a clock is: shared by a race's steps (its id is the race's) or one puzzle's own. */
export interface ClockDef {
  id: string;
  title: string;
  seconds: number;
  /** Puzzles that must be solved to stop it. */
  steps: number;
}

/** A clock once started. */
export interface StartedClock {
  startedAt: number;
  /** How often it has run out and started again. */
  expired: number;
}

/** The clock the player is running against now. */
export interface RaceClock {
  id: string;
  title: string;
  /** Seconds left. */
  remaining: number;
  expired: number;
  /** Steps solved, and how many the race has (1 and 1 for a puzzle timed alone). */
  solved: number;
  steps: number;
  /** The puzzles shown so far that run against this clock. */
  puzzleIds: string[];
}

export function clockOf(puzzle: PublicPuzzle): ClockDef | null {
  if (puzzle.race)
    return {
      id: `race:${puzzle.race.id}`,
      title: puzzle.race.title,
      seconds: puzzle.race.seconds,
      steps: puzzle.race.steps,
    };
  if (puzzle.timer) return { id: puzzle.id, title: puzzle.title, seconds: puzzle.timer, steps: 1 };
  return null;
}

function stepsOf(clockId: string, puzzles: readonly PublicPuzzle[]): PublicPuzzle[] {
  return puzzles.filter((p) => clockOf(p)?.id === clockId);
}

/** Whether every step of the clock is solved, so it has stopped. */
export function isFinished(
  clockId: string,
  puzzles: readonly PublicPuzzle[],
  solved: readonly string[],
): boolean {
  const steps = stepsOf(clockId, puzzles);
  const def = steps[0] && clockOf(steps[0]);
  return !!def && steps.filter((p) => solved.includes(p.id)).length >= def.steps;
}

/** The clock started most recently that has not stopped, with its time left at `now`. */
export function currentClock(
  clocks: Readonly<Record<string, StartedClock>>,
  puzzles: readonly PublicPuzzle[],
  solved: readonly string[],
  now: number,
): RaceClock | null {
  let best: { id: string; clock: StartedClock; def: ClockDef; steps: PublicPuzzle[] } | null = null;
  for (const [id, clock] of Object.entries(clocks)) {
    const steps = stepsOf(id, puzzles);
    const def = steps[0] && clockOf(steps[0]);
    if (!def || isFinished(id, puzzles, solved)) continue;
    if (!best || clock.startedAt > best.clock.startedAt) best = { id, clock, def, steps };
  }
  if (!best) return null;
  const { id, clock, def, steps } = best;
  return {
    id,
    title: def.title,
    // The page's clock may lag the moment a clock starts by a tick: never show more than the full time.
    remaining: Math.max(0, def.seconds - Math.max(0, Math.floor((now - clock.startedAt) / 1000))),
    expired: clock.expired,
    solved: steps.filter((p) => solved.includes(p.id)).length,
    steps: def.steps,
    puzzleIds: steps.map((p) => p.id),
  };
}

/** Seconds as the clock shows them: 14:00, 0:09. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
