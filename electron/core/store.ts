// The small storage interface the engine writes through. The desktop app backs it with electron-store;
// tests and the browser host back it with `conf` (the library electron-store wraps) on a temporary folder.

/** One JSON document on disk, read and written whole by key. Keys are plain names, never dot paths. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  has(key: string): boolean;
  /** Absolute path of the file on disk, for logs and error messages. */
  readonly path: string;
  /**
   * Set when the file could not be read and was moved here (kept, never deleted) so the store could
   * start empty: whoever reads the store tells the player.
   */
  readonly movedAside?: string;
  /** Set when the store lives only in memory because its file could not be opened at all. */
  readonly inMemory?: { reason: string };
}

/** Opens (creating if needed) the store called `name`, e.g. "settings" or "saves-neos-2148". */
export type StoreFactory = (name: string) => KeyValueStore;
