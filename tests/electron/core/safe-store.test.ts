// Opening a store never stops the game: a damaged file is moved aside and named, and one that can neither
// be read nor moved (a read-only folder) reads as empty and refuses writes with the disk's own error.
import type * as nodeFs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '@core/logger';
import { openOrQuarantine } from '@core/safe-store';
import { SettingsService } from '@core/settings-service';
import type { KeyValueStore } from '@core/store';
import { DEFAULT_SETTINGS } from '@shared/settings';

const disk = vi.hoisted(() => ({ readOnly: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof nodeFs>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (disk.readOnly) {
        const error = new Error(`EROFS: read-only file system, rename '${from}'`) as NodeJS.ErrnoException;
        error.code = 'EROFS';
        throw error;
      }
      fs.renameSync(from, to);
    },
  };
});

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'resonance-safe-store-'));
  file = join(dir, 'settings.json');
  writeFileSync(file, '{ not json');
  disk.readOnly = false;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A store library that cannot parse the damaged file, as conf and electron-store cannot. */
function opener(): () => KeyValueStore {
  const data = new Map<string, unknown>();
  return () => {
    if (readdirSync(dir).includes('settings.json')) throw new SyntaxError('Unexpected token n in JSON');
    return {
      get: (k) => data.get(k),
      set: (k, v) => void data.set(k, v),
      delete: (k) => void data.delete(k),
      has: (k) => data.has(k),
      path: file,
    };
  };
}

describe('opening a store', () => {
  it('moves a damaged file aside, keeps it, and names where it went', () => {
    const store = openOrQuarantine(opener(), file, memoryLogger());
    expect(store.movedAside).toMatch(/settings\.json\.damaged-/);
    expect(readdirSync(dir)).toEqual([store.movedAside!.slice(dir.length + 1)]);
    store.set('settings', { theme: 'light' });
    expect(store.get('settings')).toEqual({ theme: 'light' });
  });

  it('starts the game with default settings and a clear message when the file can neither be read nor moved', () => {
    disk.readOnly = true;
    const log = memoryLogger();
    const store = openOrQuarantine(opener(), file, log);
    expect(store.inMemory).toEqual({ reason: 'the save folder is on a read-only disk' });
    expect(() => store.set('settings', {})).toThrow(/EROFS/);
    const settings = new SettingsService(store, log);
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(settings.update({ fontScale: 1.5 }).fontScale).toBe(1.5);
    expect(settings.takeNotices()).toEqual([
      'Your settings cannot be read or saved (the save folder is on a read-only disk), so Resonance uses the default settings until you quit.',
      'Could not save your settings: the save folder is on a read-only disk. They apply until you quit Resonance.',
    ]);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });
});
