// Shared set-up for the save tests: a real `conf` store on a temporary folder and a clock the test moves.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confStoreFactory } from '@core/conf-store';
import { SaveService, type SaveServiceOptions } from '@core/saves/save-service';
import type { StoreFactory } from '@core/store';

export const PACK = 'neos-2148';

export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
}

export function fakeClock(start = Date.UTC(2026, 10, 25, 14, 0, 0)): FakeClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
}

export interface SaveFolder {
  folder: string;
  clock: FakeClock;
  /** A new service over the same folder, as after a restart. */
  open: (options?: Partial<SaveServiceOptions>) => SaveService;
  files: () => string[];
  file: (name: string) => string;
  cleanup: () => void;
}

export function saveFolder(): SaveFolder {
  const folder = mkdtempSync(join(tmpdir(), 'resonance-saves-'));
  const clock = fakeClock();
  return {
    folder,
    clock,
    open: (options = {}) => new SaveService({ stores: confStoreFactory(folder), now: clock.now, ...options }),
    files: () => readdirSync(folder).sort(),
    file: (name) => join(folder, name),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** Why a write fails: the errno code the disk gives, or undefined while writes succeed. */
export interface FailingDisk {
  stores: StoreFactory;
  /**
   * From now on every write fails with this code ("ENOSPC": full; "EROFS": read-only), or stops short
   * without an error ("short", as a writer that ignores partial writes does on a full disk), or succeeds.
   */
  fail: (code: string | undefined) => void;
}

/** A real save folder whose writes can be made to fail the way a full or read-only disk fails them. */
export function failingDisk(folder: string): FailingDisk {
  const real = confStoreFactory(folder);
  let failing: string | undefined;
  const refuse = (path: string) => {
    if (!failing || failing === 'short') return;
    const error = new Error(`${failing}: write refused, '${path}'`) as NodeJS.ErrnoException;
    error.code = failing;
    throw error;
  };
  return {
    fail: (code) => void (failing = code),
    stores: (name) => {
      const store = real(name);
      return {
        get: (key) => store.get(key),
        has: (key) => store.has(key),
        set: (key, value) => {
          refuse(store.path);
          store.set(key, value);
          if (failing === 'short') writeFileSync(store.path, readFileSync(store.path).subarray(0, 100));
        },
        delete: (key) => {
          refuse(store.path);
          store.delete(key);
        },
        path: store.path,
      };
    },
  };
}
