// Opens a store without letting a damaged file or an unwritable folder stop the game: an unreadable file
// is moved aside (kept for the player to inspect, never deleted) and a fresh store opened in its place;
// a store that cannot be opened at all reads as empty and refuses writes with the disk's own error.
import { existsSync, renameSync } from 'node:fs';
import type { Logger } from './logger';
import { describeDiskError, isDiskError } from './saves/disk-errors';
import type { KeyValueStore } from './store';

export function openOrQuarantine(open: () => KeyValueStore, file: string, log: Logger): KeyValueStore {
  try {
    return open();
  } catch (error) {
    if (!existsSync(file)) {
      if (isDiskError(error)) return unopenable(file, error, log);
      throw error;
    }
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, aside);
    } catch (moveError) {
      log.warn(`${file} could not be read, nor moved aside.`, error, moveError);
      return unopenable(file, isDiskError(moveError) ? moveError : error, log);
    }
    log.warn(`${file} could not be read and was moved to ${aside}; starting it afresh.`, error);
    try {
      return movedAside(open(), aside);
    } catch (reopenError) {
      if (isDiskError(reopenError)) return unopenable(file, reopenError, log);
      throw reopenError;
    }
  }
}

/** Wraps a freshly opened store so whoever reads it learns the old file was moved aside. */
function movedAside(store: KeyValueStore, aside: string): KeyValueStore {
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    has: (key) => store.has(key),
    path: store.path,
    movedAside: aside,
  };
}

/**
 * A store whose file cannot be opened (a read-only or missing data folder): it reads as empty, so the
 * game starts from defaults, and every write fails with the disk's error, so nobody believes it saved.
 */
export function unopenable(file: string, error: unknown, log?: Logger): KeyValueStore {
  const reason = describeDiskError(error);
  log?.warn(`${file} could not be opened (${reason}); it is used read-only and empty.`, error);
  const refuse = (): never => {
    throw error;
  };
  return {
    get: () => undefined,
    set: refuse,
    delete: refuse,
    has: () => false,
    path: file,
    inMemory: { reason },
  };
}
