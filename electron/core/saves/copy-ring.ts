// One saved document kept as a ring of whole copies, each in its own store file: every write goes to
// the oldest copy, so the newest good copy survives a write cut short and the older ones are backups.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { checksumOf } from './checksum';
import { envelopeSchema, type Envelope } from './schema';
import type { KeyValueStore, StoreFactory } from '../store';

const KEY = 'copy';
/** Temporary files a write left behind when the process died; older than this, nobody is writing them. */
const STALE_TEMP_MS = 60_000;

export interface GoodCopy {
  position: number;
  envelope: Envelope;
}

export interface DamagedCopy {
  position: number;
  /** Plain description of what is wrong with it. */
  why: string;
  /** The sequence number it claims, when it could be read at all. */
  seq?: number;
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
  /** What each place held when last read or written: a sequence number, or 'damaged'. */
  #places: Map<number, number | 'damaged'> | undefined;
  #swept = false;

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
    let raw: unknown;
    try {
      // `get` alone: each call reads and parses the whole file again.
      raw = this.#store(position).get(KEY);
      if (raw === undefined) return undefined;
    } catch (error) {
      return {
        position,
        why: `the file cannot be read (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    const parsed = envelopeSchema.safeParse(raw);
    if (!parsed.success) return { position, why: 'the file does not hold a save copy' };
    const envelope = parsed.data;
    if (envelope.format !== this.#format)
      return { position, why: `the file holds "${envelope.format}", not a save copy`, seq: envelope.seq };
    const { checksum, ...rest } = envelope;
    if (checksum !== checksumOf(rest))
      return { position, why: 'its checksum does not match its content', seq: envelope.seq };
    return { position, envelope };
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
    this.#store(target).set(KEY, envelope);
    places.set(target, seq);
    return envelope;
  }

  /**
   * Moves a damaged copy's file aside (kept, never deleted) so its place can be written again.
   * Returns the new path, or undefined when the file could not be located.
   */
  setAside(position: number, stamp: number): string | undefined {
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
   * The file of a copy. An unreadable file makes the store library refuse to open it, so its path is
   * worked out from a readable neighbour: both libraries we use name files `<folder>/<name><ext>`.
   */
  #pathOf(position: number): string | undefined {
    const open = this.#open.get(position);
    if (open) return open.path;
    try {
      return this.#store(position).path;
    } catch {
      const probe = this.#probe();
      return probe ? join(probe.folder, this.nameOf(position) + probe.ext) : undefined;
    }
  }

  #probe(): { folder: string; ext: string } | undefined {
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
