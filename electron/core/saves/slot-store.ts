// Save slots and their per-pack lists held in memory and written to disk as rings of copies: reading
// through recovery, writing slot then list, keeping what the disk refuses pending until it can be written.
import type { StoreFactory } from '../store';
import { CopyRing, type DamagedCopy } from './copy-ring';
import { isDiskError } from './disk-errors';
import type { NoticeQueue } from './notices';
import { recoverIndex, recoverSlot } from './recovery';
import { CURRENT_SAVE_VERSION, PACK_INDEX_VERSION, type SaveSlot } from './schema';
import { checkPackId, checkSlotId } from './slot-checks';
import { discoverSlotIds, onDiskOnly, summarise, withSummary, type CachedIndex } from './slot-index';
import { WriteFailures } from './write-failures';

export const SAVE_FORMAT = 'resonance-save';
export const INDEX_FORMAT = 'resonance-save-index';

export interface CachedSlot {
  slot: SaveSlot;
  /** Highest sequence number this slot has ever used on disk, damaged copies included. */
  seq: number;
  dirty: boolean;
  /** At least one copy of this slot is on disk. */
  written: boolean;
}

/** Progress held only in memory because the disk refused it. */
export interface UnsavedProgress {
  /** Why, in the player's words: "the disk is full". */
  reason: string;
  slots: { packId: string; slotId: string; name: string }[];
}

export interface SlotStoreOptions {
  stores: StoreFactory;
  now: () => number;
  /** Copies kept of each file, the newest included. */
  copies: number;
  notices: NoticeQueue;
}

export class SlotStore {
  readonly #stores: StoreFactory;
  readonly #now: () => number;
  readonly #copies: number;
  readonly #notices: NoticeQueue;
  readonly #failures: WriteFailures;
  readonly #rings = new Map<string, CopyRing>();
  readonly #indexes = new Map<string, CachedIndex>();
  readonly #slots = new Map<string, CachedSlot>();

  constructor(options: SlotStoreOptions) {
    this.#stores = options.stores;
    this.#now = options.now;
    this.#copies = options.copies;
    this.#notices = options.notices;
    this.#failures = new WriteFailures(options.notices);
  }

  /** The pack's list, read (and recovered) from disk the first time it is asked for. */
  index(packId: string): CachedIndex {
    checkPackId(packId);
    const cached = this.#indexes.get(packId);
    if (cached) return cached;
    const recovered = recoverIndex(this.#indexRing(packId), this.#context(packId));
    const indexed: CachedIndex = { index: recovered.index, seq: recovered.seq, dirty: false };
    this.#indexes.set(packId, indexed);
    if (recovered.searchDisk) {
      // Slots missing from the list (created after the restored copy, or the list is gone) are still
      // on disk: put them back on it.
      const listed = new Set(indexed.index.slots.map((s) => s.id));
      for (const id of discoverSlotIds(this.#stores, packId)) {
        if (listed.has(id)) continue;
        try {
          this.slot(packId, id);
        } catch {
          // A slot that cannot be read stays off the list; its files are kept.
        }
      }
    }
    if (recovered.notice) this.#notices.push(recovered.notice);
    return indexed;
  }

  /** The slot held in memory, or undefined when it has not been read yet. */
  peek(packId: string, slotId: string): CachedSlot | undefined {
    return this.#slots.get(slotKey(packId, slotId));
  }

  /** The slot, read (and recovered) from disk the first time it is asked for. */
  slot(packId: string, slotId: string): CachedSlot {
    checkPackId(packId);
    checkSlotId(slotId);
    const key = slotKey(packId, slotId);
    let entry = this.#slots.get(key);
    if (!entry) {
      entry = this.#readSlot(packId, slotId);
      this.#slots.set(key, entry);
    }
    return entry;
  }

  /** Keeps a slot that is not on disk yet and tries to write it. */
  add(packId: string, slot: SaveSlot): void {
    const entry: CachedSlot = { slot, seq: 0, dirty: true, written: false };
    this.#slots.set(slotKey(packId, slot.id), entry);
    this.writeSlot(packId, entry);
  }

  /** Writes a slot and then the list; returns false when the disk refused (the change stays pending). */
  writeSlot(packId: string, entry: CachedSlot): boolean {
    const indexed = this.index(packId);
    const seq = entry.seq + 1;
    indexed.index = withSummary(indexed.index, summarise(entry.slot, seq));
    indexed.dirty = true;
    try {
      this.#writeCopy(this.slotRing(packId, entry.slot.id), CURRENT_SAVE_VERSION, seq, entry.slot);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#failures.failed(error, `Could not save '${entry.slot.name}'`, packId, entry.slot.id);
      return false;
    }
    entry.seq = seq;
    entry.dirty = false;
    entry.written = true;
    this.writeIndex(packId, indexed);
    this.checkRecovered();
    return true;
  }

  writeIndex(packId: string, indexed: CachedIndex): void {
    const onDisk = onDiskOnly(indexed.index, (slotId) => this.peek(packId, slotId)?.written !== false);
    try {
      this.#writeCopy(this.#indexRing(packId), PACK_INDEX_VERSION, indexed.seq + 1, onDisk);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#failures.failed(error, `Could not save the list of saves for "${packId}"`, packId);
      return;
    }
    indexed.seq += 1;
    // A slot still only in memory keeps the list pending, so it is listed once its files exist.
    indexed.dirty = onDisk.slots.length !== indexed.index.slots.length;
  }

  /** Writes everything pending; what the disk still refuses stays pending. Returns the slots written. */
  flush(): number {
    let written = 0;
    for (const [key, entry] of this.#slots) {
      if (!entry.dirty) continue;
      if (this.writeSlot(packOf(key), entry)) written++;
    }
    for (const [packId, indexed] of this.#indexes) if (indexed.dirty) this.writeIndex(packId, indexed);
    this.checkRecovered();
    return written;
  }

  pendingWrites(): number {
    return [...this.#slots.values()].filter((e) => e.dirty).length;
  }

  unsaved(): UnsavedProgress | undefined {
    const reason = this.#failures.reason;
    if (reason === undefined) return undefined;
    const slots = [...this.#slots]
      .filter(([, e]) => e.dirty)
      .map(([key, e]) => ({ packId: packOf(key), slotId: e.slot.id, name: e.slot.name }));
    const lists = [...this.#indexes.values()].some((i) => i.dirty);
    return slots.length > 0 || lists ? { reason, slots } : undefined;
  }

  /** Ids of the pack's slots held in memory. */
  cachedSlotIds(packId: string): string[] {
    return [...this.#slots.keys()].filter((k) => packOf(k) === packId).map((k) => k.slice(packId.length + 1));
  }

  /** Deletes every copy of a slot. */
  destroySlot(packId: string, slotId: string): void {
    this.slotRing(packId, slotId).destroy();
    this.#slots.delete(slotKey(packId, slotId));
  }

  /** Deletes the pack's list and starts an empty one (its slots are destroyed one by one first). */
  destroyIndex(packId: string): void {
    this.#indexRing(packId).destroy();
    this.#indexes.set(packId, { index: { slots: [] }, seq: 0, dirty: false });
  }

  /** Drops everything held about a pack whose files were moved away, so it starts afresh. */
  forgetPack(packId: string): void {
    for (const key of [...this.#slots.keys()]) if (packOf(key) === packId) this.#slots.delete(key);
    for (const base of [...this.#rings.keys()])
      if (base.startsWith(`saves.${packId}.`)) this.#rings.delete(base);
    this.#indexes.delete(packId);
  }

  /** Tells the player once every change held in memory is on disk again. */
  checkRecovered(): void {
    this.#failures.settle(this.pendingWrites() > 0 || [...this.#indexes.values()].some((i) => i.dirty));
  }

  slotRing(packId: string, slotId: string): CopyRing {
    return this.#ring(`saves.${packId}.slot.${slotId}`, SAVE_FORMAT);
  }

  #readSlot(packId: string, slotId: string): CachedSlot {
    const indexed = this.index(packId);
    const summary = indexed.index.slots.find((s) => s.id === slotId);
    const recovered = recoverSlot(this.slotRing(packId, slotId), slotId, summary, this.#context(packId));
    if (recovered.notice) this.#notices.push(recovered.notice);
    const entry: CachedSlot = { slot: recovered.slot, seq: recovered.seq, dirty: false, written: true };
    if (recovered.newerLost) {
      // The restored copy becomes the newest again, so the loss is reported once, not at every start.
      entry.dirty = true;
      this.writeSlot(packId, entry);
    } else if (!summary) {
      // Found on disk but missing from the list (the list was restored from an older copy): list it again.
      indexed.index = withSummary(indexed.index, summarise(recovered.slot, recovered.seq));
      indexed.dirty = true;
      this.writeIndex(packId, indexed);
    }
    return entry;
  }

  /** A file damaged while the game runs is met here: it is set aside and the write tried once more. */
  #writeCopy(ring: CopyRing, version: number, seq: number, data: unknown): void {
    try {
      ring.write(version, seq, this.#now(), data);
    } catch (error) {
      if (isDiskError(error)) throw error;
      this.#setAside(ring, ring.scan().damaged);
      ring.write(version, seq, this.#now(), data);
    }
  }

  #context(packId: string) {
    return {
      packId,
      now: this.#now(),
      setAside: (ring: CopyRing, damaged: DamagedCopy[]) => this.#setAside(ring, damaged),
    };
  }

  #setAside(ring: CopyRing, damaged: DamagedCopy[]): string[] {
    const stamp = this.#now();
    return damaged.map((d) => ring.setAside(d.position, stamp)).filter((p): p is string => p !== undefined);
  }

  #indexRing(packId: string): CopyRing {
    return this.#ring(`saves.${packId}.index`, INDEX_FORMAT);
  }

  #ring(base: string, format: string): CopyRing {
    let ring = this.#rings.get(base);
    if (!ring) {
      ring = new CopyRing(this.#stores, base, this.#copies, format);
      this.#rings.set(base, ring);
    }
    return ring;
  }
}

const slotKey = (packId: string, slotId: string) => `${packId}/${slotId}`;
const packOf = (key: string) => key.slice(0, key.indexOf('/'));
