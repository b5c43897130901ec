// Race clocks: one clock per race shared by its steps, one per puzzle timed alone, the latest one in front.
import { describe, expect, it } from 'vitest';
import { clockOf, clockText, currentClock, isFinished } from '../../../renderer/src/lib/race-clocks';
import type { PublicPuzzle } from '@shared/pack/public-types';

const puzzle = (id: string, extra: Partial<PublicPuzzle> = {}): PublicPuzzle => ({
  id,
  title: `Puzzle ${id}`,
  chapter: 'ch3',
  cipher: 'caesar',
  ciphertext: 'GRRU',
  prompt: 'What?',
  keepSpaces: false,
  locks: [],
  ...extra,
});
const race = { id: 'ch3', title: 'Stop the mast', seconds: 840, steps: 3 };
const steps = [puzzle('a', { race }), puzzle('b', { race })];
const solo = puzzle('s', { timer: 90 });

describe('race clocks', () => {
  it("gives a race's steps one clock and a timed puzzle its own, and an untimed puzzle none", () => {
    expect(clockOf(steps[0]!)).toEqual({ id: 'race:ch3', title: 'Stop the mast', seconds: 840, steps: 3 });
    expect(clockOf(steps[1]!)!.id).toBe(clockOf(steps[0]!)!.id);
    expect(clockOf(solo)).toEqual({ id: 's', title: 'Puzzle s', seconds: 90, steps: 1 });
    expect(clockOf(puzzle('u'))).toBeNull();
  });

  it('stops a race only when as many steps as it has are solved, even if later ones are not shown yet', () => {
    expect(isFinished('race:ch3', steps, ['a', 'b'])).toBe(false);
    expect(isFinished('race:ch3', [...steps, puzzle('c', { race })], ['a', 'b', 'c'])).toBe(true);
    expect(isFinished('s', [solo], ['s'])).toBe(true);
  });

  it('shows the clock started last of those still running, with the time left and steps done', () => {
    const clocks = { 'race:ch3': { startedAt: 0, expired: 1 }, s: { startedAt: 5_000, expired: 0 } };
    const all = [...steps, solo];
    expect(currentClock(clocks, all, [], 65_000)).toMatchObject({ id: 's', remaining: 30 });
    expect(currentClock(clocks, all, ['s', 'a'], 65_000)).toEqual({
      id: 'race:ch3',
      title: 'Stop the mast',
      remaining: 775,
      expired: 1,
      solved: 1,
      steps: 3,
      puzzleIds: ['a', 'b'],
    });
    expect(currentClock(clocks, all, ['s'], 10_000_000)!.remaining).toBe(0);
    expect(currentClock({}, all, [], 0)).toBeNull();
  });

  it('writes seconds as minutes and seconds', () => {
    expect(clockText(840)).toBe('14:00');
    expect(clockText(9)).toBe('0:09');
  });
});
