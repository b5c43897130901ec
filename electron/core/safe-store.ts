// Opens a store without letting a damaged file stop the game: an unreadable file is moved aside
// (kept for the player to inspect, never deleted) and a fresh store is opened in its place.
import { existsSync, renameSync } from 'node:fs';
import type { Logger } from './logger';
import type { KeyValueStore } from './store';

export function openOrQuarantine(open: () => KeyValueStore, file: string, log: Logger): KeyValueStore {
  try {
    return open();
  } catch (error) {
    if (!existsSync(file)) throw error;
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, aside);
    log.warn(`${file} could not be read and was moved to ${aside}; starting it afresh.`, error);
    return open();
  }
}
