// The hint-lock runner: works a gate's time-lock through in a worker, reaches the same values as the
// squarings themselves, reports what is left, and resumes from its saved progress after a restart.
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '@core/logger';
import type { HintLock } from '@core/pack/open-pack';
import { PackSecret } from '@core/pack/pack-secret';
import { squareChunk, TimeLockTrapdoor, toBig, toBytes } from '@core/pack/timelock';
import { HintLockRunner } from '@core/session/hint-locks';
import type { KeyValueStore } from '@core/store';

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    get: (k) => structuredClone(data.get(k)),
    set: (k, v) => void data.set(k, structuredClone(v)),
    delete: (k) => void data.delete(k),
    has: (k) => data.has(k),
    path: '(memory)',
  };
}

const secret = PackSecret.random();
const trapdoor = new TimeLockTrapdoor(secret);
const lock: HintLock = {
  id: 'test-lock',
  n: toBytes(trapdoor.n),
  x: toBytes(trapdoor.start(secret, 'g')),
  pinAfter: 40_000,
  revealAfter: 20_000,
};

describe('the hint-lock runner', () => {
  it('reaches the pinpoint and reveal values the trapdoor predicts, in the background', async () => {
    const runner = new HintLockRunner(memoryStore(), memoryLogger());
    expect(runner.values('p', lock)).toEqual({});
    expect(runner.status('p', lock).pinpoint).toBeGreaterThan(0);
    runner.focus('p', lock);
    await runner.idle();
    const values = runner.values('p', lock);
    expect(toBig(values.pin!)).toBe(trapdoor.lock(toBig(lock.x), lock.pinAfter));
    expect(toBig(values.reveal!)).toBe(trapdoor.lock(toBig(lock.x), lock.pinAfter + lock.revealAfter));
    expect(runner.status('p', lock)).toEqual({ pinpoint: 0, reveal: 0 });
    await runner.stop();
  }, 60_000);

  it('resumes from its saved progress after a restart instead of starting again', async () => {
    const store = memoryStore();
    // A saved state halfway to the pinpoint, as a run that was closed would leave it.
    const half = squareChunk(lock.n, lock.x, 25_000);
    store.set('locks-p', { [lock.id]: { done: 25_000, value: half.toString('base64') } });
    const runner = new HintLockRunner(store, memoryLogger());
    const before = runner.status('p', lock).pinpoint;
    const fresh = new HintLockRunner(memoryStore(), memoryLogger()).status('p', lock).pinpoint;
    expect(before).toBeLessThan(fresh);
    runner.focus('p', lock);
    await runner.idle();
    expect(toBig(runner.values('p', lock).pin!)).toBe(trapdoor.lock(toBig(lock.x), lock.pinAfter));
    await runner.stop();
    const saved = store.get('locks-p') as Record<string, { done: number }>;
    expect(saved[lock.id]!.done).toBe(lock.pinAfter + lock.revealAfter);
  }, 60_000);

  it('does nothing for a gate without a lock', async () => {
    const runner = new HintLockRunner(memoryStore(), memoryLogger());
    runner.focus('p', { ...lock, id: 'none', pinAfter: 0, revealAfter: 0 });
    await runner.idle(1000);
    expect(runner.status('p', { ...lock, id: 'none', pinAfter: 0, revealAfter: 0 })).toEqual({
      pinpoint: 0,
      reveal: 0,
    });
    await runner.stop();
  });
});
