// Shared set-up for the save tests: a real `conf` store on a temporary folder and a clock the test moves.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confStoreFactory } from '../../../../electron/core/conf-store';
import { SaveService, type SaveServiceOptions } from '../../../../electron/core/saves/save-service';

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
