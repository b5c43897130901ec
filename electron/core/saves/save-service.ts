// Save slots per pack: create, load, update, rename, delete, reset, export and import. What is held in
// memory and how it reaches the disk (rings of checksummed copies, recovery, refused writes) is the
// slot store's (`slot-store.ts`); this is what the game asks of it.
import { readdirSync } from 'node:fs';
import { UserError } from '@shared/result';
import type { StoreFactory } from '../store';
import { decodeExport, encodeExport } from './export-file';
import { describeIssue } from './migrations';
import { clockTime, NoticeQueue, type NoticeScope, type SaveNotice } from './notices';
import { moveSavesApart } from './kept-apart';
import { newSlot, slotSchema, type SaveSlot, type SlotSummary } from './schema';
import { checkName, checkPackId, checkSlotId, checkSlotSize, newSlotId, notFound } from './slot-checks';
import { discoverSlotIds, saveFolderOf, summarise, withoutSlot } from './slot-index';
import { SlotStore, type UnsavedProgress } from './slot-store';

export { checkPackId, clockTime, type SaveNotice, type UnsavedProgress };
export { INDEX_FORMAT, SAVE_FORMAT } from './slot-store';

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

export class SaveService {
  readonly #stores: StoreFactory;
  readonly #now: () => number;
  readonly #notices: NoticeQueue;
  readonly #store: SlotStore;

  /** Opens nothing yet: a damaged file can only be met later, where it is handled. */
  constructor(options: SaveServiceOptions) {
    this.#stores = options.stores;
    this.#now = options.now ?? Date.now;
    const backups = options.backups ?? DEFAULT_BACKUPS;
    if (!Number.isInteger(backups) || backups < 1) throw new Error('At least one backup copy must be kept');
    this.#notices = new NoticeQueue(options.onNotice);
    this.#store = new SlotStore({
      stores: this.#stores,
      now: this.#now,
      copies: backups + 1,
      notices: this.#notices,
    });
  }

  /** The pack's save slots, most recently played first. */
  listSlots(packId: string): SlotSummary[] {
    const { index } = this.#store.index(packId);
    return index.slots
      .map((summary) => {
        const cached = this.#store.peek(packId, summary.id);
        return cached ? summarise(cached.slot, summary.seq) : { ...summary };
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** A new slot. When the disk refuses it, it lives in memory (and says so) until it can be written. */
  createSlot(packId: string, name: string): SaveSlot {
    checkPackId(packId);
    const slot = newSlot(this.#freeSlotId(packId), checkName(name), this.#now());
    this.#store.add(packId, slot);
    return structuredClone(slot);
  }

  /** Reads a slot, restoring the newest good copy if the latest one is damaged (see `notices`). */
  loadSlot(packId: string, slotId: string): LoadedSlot {
    const entry = this.#store.slot(packId, slotId);
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
    const entry = this.#store.slot(packId, slotId);
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
    if (!options.defer) this.#store.writeSlot(packId, entry);
    return structuredClone(entry.slot);
  }

  /**
   * Writes every deferred change, and everything a failed write left in memory. Never throws for a
   * disk that refuses: what could not be written stays pending. Returns how many slots were written.
   */
  flush(): number {
    return this.#store.flush();
  }

  /** Slots with changes not yet written. */
  pendingWrites(): number {
    return this.#store.pendingWrites();
  }

  /** What only memory holds because the disk refused it, or undefined when everything is on disk. */
  unsaved(): UnsavedProgress | undefined {
    return this.#store.unsaved();
  }

  renameSlot(packId: string, slotId: string, name: string): SlotSummary {
    const cleanName = checkName(name);
    const saved = this.updateSlot(packId, slotId, (draft) => {
      draft.name = cleanName;
    });
    return summarise(saved, this.#store.slot(packId, slotId).seq);
  }

  deleteSlot(packId: string, slotId: string): void {
    checkPackId(packId);
    checkSlotId(slotId);
    const indexed = this.#store.index(packId);
    const known = indexed.index.slots.some((s) => s.id === slotId);
    if (!known && this.#store.slotRing(packId, slotId).scan().good.length === 0)
      throw notFound(packId, slotId);
    // The list goes first: a crash in between leaves unlisted files behind, never a listed slot without files.
    if (known) {
      indexed.index = withoutSlot(indexed.index, slotId);
      indexed.dirty = true;
      this.#store.writeIndex(packId, indexed);
    }
    this.#store.destroySlot(packId, slotId);
    this.#store.checkRecovered();
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
      listed = this.#store.index(packId).index.slots.map((s) => s.id);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
    const ids = new Set([
      ...listed,
      ...discoverSlotIds(this.#stores, packId),
      ...this.#store.cachedSlotIds(packId),
    ]);
    for (const id of ids) this.#store.destroySlot(packId, id);
    this.#store.destroyIndex(packId);
    this.#store.checkRecovered();
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
    this.#store.forgetPack(packId);
    this.#notices.take({ packId });
    return target;
  }

  /** The slot as the text of an export file. Pending changes to it are written first. */
  exportSlot(packId: string, slotId: string): string {
    const entry = this.#store.slot(packId, slotId);
    if (entry.dirty) this.#store.writeSlot(packId, entry);
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
    const taken = new Set(this.#store.index(packId).index.slots.map((s) => s.name));
    let name = imported.name;
    for (let n = 2; taken.has(name); n++) name = `${imported.name.slice(0, 60)} (imported ${n - 1})`;
    const slot: SaveSlot = { ...imported, id: this.#freeSlotId(packId), name };
    this.#store.add(packId, slot);
    return structuredClone(slot);
  }

  /**
   * Takes the notices waiting to be shown, oldest first: those of one pack or slot, or all of them.
   * Each notice is handed out once.
   */
  takeNotices(scope: NoticeScope = {}): SaveNotice[] {
    return this.#notices.take(scope);
  }

  #freeSlotId(packId: string): string {
    const { index } = this.#store.index(packId);
    let id = newSlotId();
    while (index.slots.some((s) => s.id === id)) id = newSlotId();
    return id;
  }
}
