// The hint countdown between the engine's readings: only the time a gate is focused counts.
import { describe, expect, it } from 'vitest';
import { LockCountdown } from '../../../renderer/src/lib/lock-countdown';

describe('LockCountdown', () => {
  it('counts down only while the gate is focused, keeping what was worked before', () => {
    const locks = new LockCountdown();
    locks.focus('p-a', 0);
    expect(locks.left('p-a', 60_000, 10_000)).toBe(50_000);
    locks.focus('p-b', 10_000);
    // Away from the gate, its time stands still.
    expect(locks.left('p-a', 60_000, 40_000)).toBe(50_000);
    expect(locks.left('p-b', 60_000, 40_000)).toBe(30_000);
    locks.focus('p-a', 40_000);
    expect(locks.left('p-a', 60_000, 45_000)).toBe(45_000);
    expect(locks.left('p-a', 60_000, 1_000_000)).toBe(0);
  });

  it('starts counting afresh from a new reading, for the gates it names or for all', () => {
    const locks = new LockCountdown();
    locks.focus('p-a', 0);
    locks.focus('p-b', 10_000);
    locks.fresh(['p-b'], 20_000);
    expect(locks.left('p-a', 60_000, 20_000)).toBe(50_000);
    expect(locks.left('p-b', 60_000, 25_000)).toBe(55_000);
    locks.fresh(undefined, 30_000);
    expect(locks.left('p-a', 60_000, 30_000)).toBe(60_000);
    locks.reset();
    expect(locks.left('p-b', 60_000, 90_000)).toBe(60_000);
  });
});
