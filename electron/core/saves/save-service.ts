// Save slots per pack: create, load, update, rename, delete, reset, export and import, written through
// a StoreFactory as rings of checksummed copies so a damaged or cut-short save falls back to a good one.
// A write the disk refuses keeps the progress in memory, says so, and is tried again at every flush.
import { readdirSync } from 'node:fs';
import { UserError } from '@shared/result';
import type { StoreFactory } from '../store';
import { CopyRing, type DamagedCopy } from './copy-ring';
import { isDiskError } from './disk-errors';
import { decodeExport, encodeExport } from './export-file';
import { describeIssue } from './migrations';
import { clockTime, NoticeQueue, type NoticeScope, type SaveNotice } from './notices';
import { moveSavesApart } from './kept-apart';
import { recoverIndex, recoverSlot } from './recovery';
import {
  CURRENT_SAVE_VERSION,
  newSlot,
  PACK_INDEX_VERSION,
  slotSchema,
  type SaveSlot,
  type SlotSummary,
} from './schema';
import { checkName, checkPackId, checkSlotId, checkSlotSize, newSlotId, notFound } from './slot-checks';
import { WriteFailures } from './write-failures';
import {
  discoverSlotIds,
  saveFolderOf,
  onDiskOnly,
  summarise,
  withoutSlot,
  withSummary,
  type CachedIndex,
} from './slot-index';

export { checkPackId, clockTime, type SaveNotice };

export const SAVE_FORMAT = 'resonance-save';
export const INDEX_FORMAT = 'resonance-save-index';
/** Older copies kept besides the newest one. */
export const DEFAULT_BACKUPS = 5;

export interface LoadedSlot {
  slot: SaveSlot;
  /** Notices about this slot still waiting to be shown (they stay queued until `takeNotices`). */
  notices: SaveNotice[];
}

export interface SaveServiceOptions {
  stores: StoreFactory;
  /** Clock in ms since epoch; injectable for tests. */
  now?: () => number;
  /** How many older copies of each save to keep besides the newest (default 5). */
  backups?: number;
  /** Called whenever a notice is queued, so the host can tell the window to fetch it. */
  onNotice?: (notice: SaveNotice) => void;
}

export interface UpdateOptions {
  /** Keep the change in memory until `flush()`: for frequent changes such as dragging cards. */
  defer?: boolean;
}

/** Progress held only in memory because the disk refused it. */
export interface UnsavedProgress {
  /** Why, in the player's words: "the disk is full". */
  reason: string;
  slots: { packId: string; slotId: string; name: string }[];
}

interface CachedSlot {
  slot: SaveSlot;
  /** Highest sequence number this slot has ever used on disk, damaged copies included. */
  seq: number;
  dirty: boolean;
  /** At least one copy of this slot is on disk. */
  written: boolean;
}

export class SaveService {
  readonly #stores: StoreFactory;
  readonly #now: () => number;
  readonly #copies: number;
  readonly #rings = new Map<string, CopyRing>();
  readonly #indexes = new Map<string, CachedIndex>();
  readonly #slots = new Map<string, CachedSlot>();
  readonly #notices: NoticeQueue;
  readonly #failures: WriteFailures;

  /** Opens nothing yet: a damaged file can only be met later, where it is handled. */
  constructor(options: SaveServiceOptions) {
    this.#stores = options.stores;
    this.#now = options.now ?? Date.now;
    const backups = options.backups ?? DEFAULT_BACKUPS;
    if (!Number.isInteger(backups) || backups < 1) throw new Error('At least one backup copy must be kept');
    this.#copies = backups + 1;
    this.#notices = new NoticeQueue(options.onNotice);
    this.#failures = new WriteFailures(this.#notices);
  }

  /** The pack's save slots, most recently played first. */
  listSlots(packId: string): SlotSummary[] {
    const { index } = this.#index(packId);
    return index.slots
      .map((summary) => {
        const cached = this.#slots.get(slotKey(packId, summary.id));
        return cached ? summarise(cached.slot, summary.seq) : { ...summary };
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** A new slot. When the disk refuses it, it lives in memory (and says so) until it can be written. */
  createSlot(packId: string, name: string): SaveSlot {
    checkPackId(packId);
    const cleanName = checkName(name);
    const indexed = this.#index(packId);
    let id = newSlotId();
    while (indexed.index.slots.some((s) => s.id === id)) id = newSlotId();
    const slot = newSlot(id, cleanName, this.#now());
    const entry: CachedSlot = { slot, seq: 0, dirty: true, written: false };
    this.#slots.set(slotKey(packId, id), entry);
    this.#writeSlot(packId, entry);
    return structuredClone(slot);
  }

  /** Reads a slot, restoring the newest good copy if the latest one is damaged (see `notices`). */
  loadSlot(packId: string, slotId: string): LoadedSlot {
    const entry = this.#cached(packId, slotId);
    const notices = this.#notices.peek({ packId, slotId }).filter((n) => n.slotId === slotId);
    return { slot: structuredClone(entry.slot), notices };
  }

  /**
   * Changes a slot through `mutate` (which edits the draft it is given) and writes it at once, or at
   * the next `flush()` with `{ defer: true }`. Returns the slot as kept.
   */
  updateSlot(
    packId: string,
    slotId: string,
    mutate: (draft: SaveSlot) => void,
    options: UpdateOptions = {},
  ): SaveSlot {
    const entry = this.#cached(packId, slotId);
    const draft = structuredClone(entry.slot);
    mutate(draft);
    draft.id = entry.slot.id;
    draft.createdAt = entry.slot.createdAt;
    draft.updatedAt = Math.max(this.#now(), entry.slot.updatedAt);
    const parsed = slotSchema.safeParse(draft);
    if (!parsed.success)
      throw new Error(`A slot update broke the save format: ${describeIssue(parsed.error.issues[0])}`);
    checkSlotSize(parsed.data);
    entry.slot = parsed.data;
    entry.dirty = true;
    if (!options.defer) this.#writeSlot(packId, entry);
    return structuredClone(entry.slot);
  }

  /**
   * Writes every deferred change, and everything a failed write left in memory. Never throws for a
   * disk that refuses: what could not be written stays pending. Returns how many slots were written.
   */
  flush(): number {
    let written = 0;
    for (const [key, entry] of this.#slots) {
      if (!entry.dirty) continue;
      if (this.#writeSlot(key.slice(0, key.indexOf('/')), entry)) written++;
    }
    for (const [packId, indexed] of this.#indexes) if (indexed.dirty) this.#writeIndex(packId, indexed);
    this.#checkRecovered();
    return written;
  }

  /** Slots with changes not yet written. */
  pendingWrites(): number {
    return [...this.#slots.values()].filter((e) => e.dirty).length;
  }

  /** What only memory holds because the disk refused it, or undefined when everything is on disk. */
  unsaved(): UnsavedProgress | undefined {
    const reason = this.#failures.reason;
    if (reason === undefined) return undefined;
    const slots = [...this.#slots]
      .filter(([, e]) => e.dirty)
      .map(([key, e]) => ({ packId: key.slice(0, key.indexOf('/')), slotId: e.slot.id, name: e.slot.name }));
    const lists = [...this.#indexes.values()].some((i) => i.dirty);
    return slots.length > 0 || lists ? { reason, slots } : undefined;
  }

  renameSlot(packId: string, slotId: string, name: string): SlotSummary {
    const cleanName = checkName(name);
    const saved = this.updateSlot(packId, slotId, (draft) => {
      draft.name = cleanName;
    });
    return summarise(saved, this.#slots.get(slotKey(packId, slotId))!.seq);
  }

  deleteSlot(packId: string, slotId: string): void {
    checkPackId(packId);
    checkSlotId(slotId);
    const indexed = this.#index(packId);
    const known = indexed.index.slots.some((s) => s.id === slotId);
    const ring = this.#slotRing(packId, slotId);
    if (!known && ring.scan().good.length === 0) throw notFound(packId, slotId);
    // The list goes first: a crash in between leaves unlisted files behind, never a listed slot without files.
    if (known) {
      indexed.index = withoutSlot(indexed.index, slotId);
      indexed.dirty = true;
      this.#writeIndex(packId, indexed);
    }
    ring.destroy();
    this.#slots.delete(slotKey(packId, slotId));
    this.#checkRecovered();
  }

  /**
   * Deletes every slot of a pack, even when its list was written by a newer version. The player must
   * have confirmed: pass `{ confirm: true }`.
   */
  resetPack(packId: string, options: { confirm?: boolean } = {}): number {
    checkPackId(packId);
    if (options.confirm !== true) {
      throw new UserError(
        `Resetting "${packId}" deletes every save slot of that pack. Ask the player to confirm, then call it again with confirm: true.`,
      );
    }
    let listed: string[] = [];
    try {
      listed = this.#index(packId).index.slots.map((s) => s.id);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
    const ids = new Set([
      ...listed,
      ...discoverSlotIds(this.#stores, packId),
      ...[...this.#slots.keys()]
        .filter((k) => k.startsWith(`${packId}/`))
        .map((k) => k.slice(packId.length + 1)),
    ]);
    for (const id of ids) {
      this.#slotRing(packId, id).destroy();
      this.#slots.delete(slotKey(packId, id));
    }
    this.#indexRing(packId).destroy();
    this.#indexes.set(packId, { index: { slots: [] }, seq: 0, dirty: false });
    this.#checkRecovered();
    return ids.size;
  }

  /**
   * Moves every save file of a pack (its list, slots, backups and damaged copies) into a folder of its
   * own beside the saves, untouched, so another pack under the same id starts afresh and can never
   * write over them. Returns that folder, or undefined when the pack had no save files.
   */
  setPackAside(packId: string, label: string): string | undefined {
    checkPackId(packId);
    this.flush();
    const unsaved = this.unsaved();
    if (unsaved && unsaved.slots.some((s) => s.packId === packId))
      throw new UserError(
        `The saves of "${packId}" could not be kept apart: ${unsaved.reason}. Nothing was replaced; free some space and try again.`,
        'conflict',
      );
    const folder = saveFolderOf(this.#stores, packId);
    if (!folder) return undefined;
    const files = readdirSync(folder).filter(
      (n) => n.startsWith(`saves.${packId}.`) && !n.includes('.probe'),
    );
    if (files.length === 0) return undefined;
    const target = moveSavesApart(folder, files, `${packId}-${label}`, this.#now(), packId);
    for (const key of [...this.#slots.keys()]) if (key.startsWith(`${packId}/`)) this.#slots.delete(key);
    for (const base of [...this.#rings.keys()])
      if (base.startsWith(`saves.${packId}.`)) this.#rings.delete(base);
    this.#indexes.delete(packId);
    this.#notices.take({ packId });
    return target;
  }

  /** The slot as the text of an export file. Pending changes to it are written first. */
  exportSlot(packId: string, slotId: string): string {
    const entry = this.#cached(packId, slotId);
    if (entry.dirty) this.#writeSlot(packId, entry);
    return encodeExport(packId, entry.slot, this.#now());
  }

  /**
   * Adds the slot in an export file as a new slot of the pack, with a fresh id. Throws a UserError
   * saying what is wrong for a file that is not a save of this pack.
   */
  importSlot(packId: string, text: string, options: { fileName?: string } = {}): SaveSlot {
    checkPackId(packId);
    const imported = decodeExport(packId, text, options.fileName);
    checkSlotSize(imported);
    const indexed = this.#index(packId);
    let id = newSlotId();
    while (indexed.index.slots.some((s) => s.id === id)) id = newSlotId();
    const taken = new Set(indexed.index.slots.map((s) => s.name));
    let name = imported.name;
    for (let n = 2; taken.has(name); n++) name = `${imported.name.slice(0, 60)} (imported ${n - 1})`;
    const slot: SaveSlot = { ...imported, id, name };
    const entry: CachedSlot = { slot, seq: 0, dirty: true, written: false };
    this.#slots.set(slotKey(packId, id), entry);
    this.#writeSlot(packId, entry);
    return structuredClone(slot);
  }

  /**
   * Takes the notices waiting to be shown, oldest first: those of one pack or slot, or all of them.
   * Each notice is handed out once.
   */
  takeNotices(scope: NoticeScope = {}): SaveNotice[] {
    return this.#notices.take(scope);
  }

  #cached(packId: string, slotId: string): CachedSlot {
    checkPackId(packId);
    checkSlotId(slotId);
    const key = slotKey(packId, slotId);
    let entry = this.#slots.get(key);
    if (!entry) {
      entry = this.#readSlotFromDisk(packId, slotId);
      this.#slots.set(key, entry);
    }
    return entry;
  }

  #readSlotFromDisk(packId: string, slotId: string): CachedSlot {
    const indexed = this.#index(packId);
    const summary = indexed.index.slots.find((s) => s.id === slotId);
    const recovered = recoverSlot(this.#slotRing(packId, slotId), slotId, summary, this.#context(packId));
    if (recovered.notice) this.#notices.push(recovered.notice);
    const entry: CachedSlot = { slot: recovered.slot, seq: recovered.seq, dirty: false, written: true };
    if (recovered.newerLost) {
      // The restored copy becomes the newest again, so the loss is reported once, not at every start.
      entry.dirty = true;
      this.#writeSlot(packId, entry);
    } else if (!summary) {
      // Found on disk but missing from the list (the list was restored from an older copy): list it again.
      indexed.index = withSummary(indexed.index, summarise(recovered.slot, recovered.seq));
      indexed.dirty = true;
      this.#writeIndex(packId, indexed);
    }
    return entry;
  }

  /** Writes a slot and then the list; returns false when the disk refused (the change stays pending). */
  #writeSlot(packId: string, entry: CachedSlot): boolean {
    const indexed = this.#index(packId);
    const seq = entry.seq + 1;
    indexed.index = withSummary(indexed.index, summarise(entry.slot, seq));
    indexed.dirty = true;
    try {
      this.#writeCopy(this.#slotRing(packId, entry.slot.id), CURRENT_SAVE_VERSION, seq, entry.slot);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#writeFailed(error, `Could not save '${entry.slot.name}'`, packId, entry.slot.id);
      return false;
    }
    entry.seq = seq;
    entry.dirty = false;
    entry.written = true;
    this.#writeIndex(packId, indexed);
    this.#checkRecovered();
    return true;
  }

  #writeIndex(packId: string, indexed: CachedIndex): void {
    const onDisk = onDiskOnly(
      indexed.index,
      (slotId) => this.#slots.get(slotKey(packId, slotId))?.written !== false,
    );
    try {
      this.#writeCopy(this.#indexRing(packId), PACK_INDEX_VERSION, indexed.seq + 1, onDisk);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.#writeFailed(error, `Could not save the list of saves for "${packId}"`, packId);
      return;
    }
    indexed.seq += 1;
    // A slot still only in memory keeps the list pending, so it is listed once its files exist.
    indexed.dirty = onDisk.slots.length !== indexed.index.slots.length;
  }

  /** A file damaged while the game runs is met here: it is set aside and the write tried once more. */
  #writeCopy(ring: CopyRing, version: number, seq: number, data: unknown): void {
    try {
      ring.write(version, seq, this.#now(), data);
    } catch (error) {
      if (isDiskError(error)) throw error;
      const scan = ring.scan();
      this.#setAside(ring, scan.damaged);
      ring.write(version, seq, this.#now(), data);
    }
  }

  #writeFailed(error: unknown, what: string, packId: string, slotId?: string): void {
    this.#failures.failed(error, what, packId, slotId);
  }

  #checkRecovered(): void {
    this.#failures.settle(this.pendingWrites() > 0 || [...this.#indexes.values()].some((i) => i.dirty));
  }

  #index(packId: string): CachedIndex {
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
          this.#cached(packId, id);
        } catch {
          // A slot that cannot be read stays off the list; its files are kept.
        }
      }
    }
    if (recovered.notice) this.#notices.push(recovered.notice);
    return indexed;
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

  #slotRing(packId: string, slotId: string): CopyRing {
    return this.#ring(`saves.${packId}.slot.${slotId}`, SAVE_FORMAT);
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
