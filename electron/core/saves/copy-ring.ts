// One saved document kept as a ring of whole copies, each in its own store file: every write goes to
// the oldest copy, so the newest good copy survives a write cut short and the older ones are backups.
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { SAVE_LIMITS } from '@shared/save-limits';
import { canonicalJson, checksumOf, checksumOfText } from './checksum';
import { envelopeSchema, type Envelope } from './schema';
import type { KeyValueStore, StoreFactory } from '../store';

const KEY = 'copy';
/** Whitespace a text editor or another store library may add around a copy without it being padding. */
const PADDING_ALLOWANCE = 64 * 1024;
/** Temporary files a write left behind when the process died; older than this, nobody is writing them. */
const STALE_TEMP_MS = 60_000;

export interface GoodCopy {
  position: number;
  envelope: Envelope;
  /** When its file was last written (ms since epoch), when the file could be found. */
  modifiedAt?: number;
}

export interface DamagedCopy {
  position: number;
  /** Plain description of what is wrong with it. */
  why: string;
  /** The sequence number it claims, when it could be read at all. */
  seq?: number;
  /**
   * When its file was last written: a damaged copy written after the copy in use was newer, even when
   * its sequence number can no longer be read.
   */
  modifiedAt?: number;
  /**
   * The file is empty or all zero bytes: what a write cut short by a power loss leaves. Written after the
   * copy in use, it was the newest save.
   */
  cutShort?: boolean;
}

export interface RingScan {
  /** Good copies, newest first. */
  good: GoodCopy[];
  damaged: DamagedCopy[];
}

export class CopyRing {
  readonly #stores: StoreFactory;
  readonly #base: string;
  readonly #copies: number;
  readonly #format: string;
  readonly #open = new Map<number, KeyValueStore>();
  /** Copies the store library itself moved aside when it could not read them, by position. */
  readonly #movedAside = new Map<number, string>();
  /** What each place held when last read or written: a sequence number, or 'damaged'. */
  #places: Map<number, number | 'damaged'> | undefined;
  #swept = false;
  #probed: { folder: string; ext: string } | false | undefined;

  constructor(stores: StoreFactory, base: string, copies: number, format: string) {
    this.#stores = stores;
    this.#base = base;
    this.#copies = copies;
    this.#format = format;
  }

  nameOf(position: number): string {
    return `${this.#base}.${position}`;
  }

  /** Reads every copy. Never throws for a damaged file: it is reported in `damaged` instead. */
  scan(): RingScan {
    this.#sweepTemp();
    const good: GoodCopy[] = [];
    const damaged: DamagedCopy[] = [];
    for (let position = 0; position < this.#copies; position++) {
      const found = this.#read(position);
      if (found === undefined) continue;
      if ('envelope' in found) good.push(found);
      else damaged.push(found);
    }
    good.sort((a, b) => b.envelope.seq - a.envelope.seq);
    const places = new Map<number, number | 'damaged'>();
    for (const c of good) places.set(c.position, c.envelope.seq);
    for (const c of damaged) places.set(c.position, 'damaged');
    this.#places = places;
    return { good, damaged };
  }

  #read(position: number): GoodCopy | DamagedCopy | undefined {
    const file = this.#pathOf(position, false);
    const size = file ? sizeOf(file) : undefined;
    if (size !== undefined && size > SAVE_LIMITS.maxCopyBytes) {
      // Never opened: reading it would cost the time and memory a bloated file is meant to take.
      return {
        position,
        why: `the file is ${megabytes(size)} MB, more than any save (at most ${megabytes(SAVE_LIMITS.maxCopyBytes)} MB)`,
        modifiedAt: modifiedAt(file),
      };
    }
    let raw: unknown;
    let store: KeyValueStore;
    try {
      store = this.#store(position);
      if (store.movedAside !== undefined) {
        this.#movedAside.set(position, store.movedAside);
        return {
          position,
          why: 'the file could not be read',
          modifiedAt: modifiedAt(store.movedAside),
          cutShort: isCutShort(store.movedAside),
        };
      }
      // `get` alone: each call reads and parses the whole file again.
      raw = store.get(KEY);
      if (raw === undefined) return undefined;
    } catch (error) {
      return {
        position,
        why: `the file cannot be read (${error instanceof Error ? error.message : String(error)})`,
        modifiedAt: file ? modifiedAt(file) : undefined,
        cutShort: file ? isCutShort(file) : undefined,
      };
    }
    const at = modifiedAt(store.path);
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) return { position, why: 'the file does not hold a save copy', modifiedAt: at };
    const envelope = parsed.data;
    if (envelope.format !== this.#format)
      return {
        position,
        why: `the file holds "${envelope.format}", not a save copy`,
        seq: envelope.seq,
        modifiedAt: at,
      };
    const { checksum, ...rest } = envelope;
    const canonical = canonicalJson(rest);
    if (checksum !== checksumOfText(canonical))
      return { position, why: 'its checksum does not match its content', seq: envelope.seq, modifiedAt: at };
    // The store library indents what it writes; three times the compact text is more than it ever adds.
    const onDisk = sizeOf(store.path);
    const expected = canonical.length;
    if (onDisk !== undefined && onDisk > 3 * expected + PADDING_ALLOWANCE) {
      return {
        position,
        why: `the file is ${megabytes(onDisk)} MB but its save only ${megabytes(expected)} MB: something was added around it`,
        seq: envelope.seq,
        modifiedAt: at,
      };
    }
    return { position, envelope, modifiedAt: at };
  }

  /**
   * Writes a new copy over the oldest one (or an empty place) and returns it. Damaged copies are never
   * written over: call `setAside` on them first.
   */
  write(version: number, seq: number, savedAt: number, data: unknown): Envelope {
    if (!this.#places) this.scan();
    const places = this.#places!;
    let target = -1;
    let oldest = Infinity;
    for (let position = 0; position < this.#copies; position++) {
      const held = places.get(position);
      if (held === undefined) {
        target = position;
        break;
      }
      if (held !== 'damaged' && held < oldest) {
        oldest = held;
        target = position;
      }
    }
    if (target < 0) throw new Error(`Every copy of ${this.#base} is damaged and none could be set aside`);
    const body = { format: this.#format, version, seq, savedAt, data };
    const envelope: Envelope = { ...body, checksum: checksumOf(body) };
    const store = this.#store(target);
    store.set(KEY, envelope);
    // A full disk can make a writer stop short without an error; such a copy is removed, never trusted.
    const written = sizeOf(store.path);
    if (
      written !== undefined &&
      written < Buffer.byteLength(JSON.stringify({ [KEY]: envelope }, null, '\t'))
    ) {
      rmSync(store.path, { force: true });
      this.#open.delete(target);
      places.delete(target);
      const error = new Error(`ENOSPC: ${store.path} was written short`) as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    }
    places.set(target, seq);
    return envelope;
  }

  /**
   * Moves a damaged copy's file aside (kept, never deleted) so its place can be written again.
   * Returns the new path, or undefined when the file could not be located.
   */
  setAside(position: number, stamp: number): string | undefined {
    const already = this.#movedAside.get(position);
    if (already !== undefined) {
      this.#movedAside.delete(position);
      // The store that reported the move is done with; the next one opens the fresh file.
      this.#open.delete(position);
      this.#places?.delete(position);
      return already;
    }
    const file = this.#pathOf(position);
    this.#open.delete(position);
    if (!file) return undefined;
    const aside = `${file}.damaged-${new Date(stamp).toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(file, aside);
      this.#places?.delete(position);
      return aside;
    } catch (error) {
      // Already gone (the store library may have moved it itself): nothing left to keep.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      this.#places?.delete(position);
      return undefined;
    }
  }

  /** Files of this document that were set aside as damaged earlier, kept beside the copies. */
  keptAside(): string[] {
    const probe = this.#probe();
    if (!probe) return [];
    try {
      return readdirSync(probe.folder)
        .filter((name) => name.startsWith(`${this.#base}.`) && name.includes('.damaged-'))
        .sort()
        .map((name) => join(probe.folder, name));
    } catch {
      return [];
    }
  }

  /** Removes every copy's file. */
  destroy(): void {
    for (let position = 0; position < this.#copies; position++) {
      const file = this.#pathOf(position);
      this.#open.delete(position);
      if (file) rmSync(file, { force: true });
    }
    this.#places = new Map();
  }

  #store(position: number): KeyValueStore {
    let store = this.#open.get(position);
    if (!store) {
      store = this.#stores(this.nameOf(position));
      this.#open.set(position, store);
    }
    return store;
  }

  /**
   * The file of a copy, worked out from the store library's naming (`<folder>/<name><ext>`, true of both
   * libraries we use) without opening it, so a bloated or unreadable file need not be read to be found.
   */
  #pathOf(position: number, open = true): string | undefined {
    const opened = this.#open.get(position);
    if (opened) return opened.path;
    const probe = this.#probe();
    if (probe) return join(probe.folder, this.nameOf(position) + probe.ext);
    if (!open) return undefined;
    try {
      return this.#store(position).path;
    } catch {
      return undefined;
    }
  }

  #probe(): { folder: string; ext: string } | undefined {
    if (this.#probed !== undefined) return this.#probed || undefined;
    this.#probed = this.#findProbe() ?? false;
    return this.#probed || undefined;
  }

  #findProbe(): { folder: string; ext: string } | undefined {
    const name = `${this.#base}.probe`;
    try {
      const file = this.#stores(name).path;
      const ext = extname(file);
      return basename(file) === name + ext ? { folder: dirname(file), ext } : undefined;
    } catch {
      return undefined;
    }
  }

  /** A write cut short leaves its temporary file next to the copy; clear those once per run. */
  #sweepTemp(): void {
    if (this.#swept) return;
    this.#swept = true;
    const probe = this.#probe();
    if (!probe) return;
    const prefix = `${this.#base}.`;
    let names: string[];
    try {
      names = readdirSync(probe.folder);
    } catch {
      return;
    }
    const now = Date.now();
    for (const name of names) {
      if (!name.startsWith(prefix) || !/\.tmp-[0-9a-f]+$/.test(name)) continue;
      const file = join(probe.folder, name);
      try {
        if (now - statSync(file).mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
      } catch {
        // Another process may have finished with it meanwhile; leaving it is harmless.
      }
    }
  }
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

function modifiedAt(file: string | undefined): number | undefined {
  if (file === undefined) return undefined;
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True for an empty or all-zero file; never reads more than a copy may hold. */
function isCutShort(file: string): boolean {
  try {
    const size = statSync(file).size;
    if (size === 0) return true;
    if (size > SAVE_LIMITS.maxCopyBytes) return false;
    return readFileSync(file).every((byte) => byte === 0);
  } catch {
    return false;
  }
}

const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(1);
