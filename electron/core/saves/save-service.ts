// Save slots per pack: create, load, update, rename, delete, reset, export and import, written through
// a StoreFactory as rings of checksummed copies so a damaged or cut-short save falls back to a good one.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { UserError } from '../../shared/result';
import type { StoreFactory } from '../store';
import { CopyRing, type DamagedCopy } from './copy-ring';
import { decodeExport, encodeExport } from './export-file';
import { describeIssue, readSlot } from './migrations';
import {
  CURRENT_SAVE_VERSION,
  newSlot,
  PACK_INDEX_VERSION,
  packIndexSchema,
  SAFE_ID_PATTERN,
  slotSchema,
  type PackIndex,
  type SaveSlot,
  type SlotSummary,
} from './schema';

export const SAVE_FORMAT = 'resonance-save';
export const INDEX_FORMAT = 'resonance-save-index';
/** Older copies kept besides the newest one. */
export const DEFAULT_BACKUPS = 5;

export interface SaveNotice {
  /** `restored`: the newest save was damaged and an older copy is in use. `backup-set-aside`: only an older backup was damaged. */
  kind: 'restored' | 'backup-set-aside';
  packId: string;
  /** Absent when the notice is about the pack's list of slots. */
  slotId?: string;
  /** A sentence to show the player. */
  message: string;
  /** When the copy now in use was saved (ms since epoch). */
  restoredFrom?: number;
  /** Where the damaged files were moved; they are kept, never deleted. */
  setAside: string[];
}

export interface LoadedSlot {
  slot: SaveSlot;
  /** What the player should be told about this load; empty when all was well. */
  notices: SaveNotice[];
}

export interface SaveServiceOptions {
  stores: StoreFactory;
  /** Clock in ms since epoch; injectable for tests. */
  now?: () => number;
  /** How many older copies of each save to keep besides the newest (default 5). */
  backups?: number;
}

export interface UpdateOptions {
  /** Keep the change in memory until `flush()`: for frequent changes such as dragging cards. */
  defer?: boolean;
}

interface CachedSlot {
  slot: SaveSlot;
  /** Highest sequence number this slot has ever used on disk, damaged copies included. */
  seq: number;
  dirty: boolean;
}

interface CachedIndex {
  index: PackIndex;
  seq: number;
}

export class SaveService {
  readonly #stores: StoreFactory;
  readonly #now: () => number;
  readonly #copies: number;
  readonly #rings = new Map<string, CopyRing>();
  readonly #indexes = new Map<string, CachedIndex>();
  readonly #slots = new Map<string, CachedSlot>();
  #notices: SaveNotice[] = [];

  /** Opens nothing yet: a damaged file can only be met later, where it is handled. */
  constructor(options: SaveServiceOptions) {
    this.#stores = options.stores;
    this.#now = options.now ?? Date.now;
    const backups = options.backups ?? DEFAULT_BACKUPS;
    if (!Number.isInteger(backups) || backups < 1) throw new Error('At least one backup copy must be kept');
    this.#copies = backups + 1;
  }

  /** The pack's save slots, most recently played first. */
  listSlots(packId: string): SlotSummary[] {
    const { index } = this.#index(packId);
    return index.slots
      .map((summary) => {
        const cached = this.#slots.get(slotKey(packId, summary.id));
        return cached ? { ...summarise(cached.slot, summary.seq) } : { ...summary };
      })
      .sort((a, b) => b.updatedAt - a.updatedAt);
  }

  createSlot(packId: string, name: string): SaveSlot {
    checkPackId(packId);
    const cleanName = checkName(name);
    const indexed = this.#index(packId);
    let id = newSlotId();
    while (indexed.index.slots.some((s) => s.id === id)) id = newSlotId();
    const slot = newSlot(id, cleanName, this.#now());
    const entry: CachedSlot = { slot, seq: 0, dirty: true };
    this.#slots.set(slotKey(packId, id), entry);
    this.#writeSlot(packId, entry);
    return structuredClone(slot);
  }

  /** Reads a slot, restoring the newest good copy if the latest one is damaged (see `notices`). */
  loadSlot(packId: string, slotId: string): LoadedSlot {
    const before = this.#notices.length;
    const entry = this.#cached(packId, slotId);
    // Handed over here, so `takeNotices` does not report them a second time.
    const notices = this.#notices.splice(before);
    return { slot: structuredClone(entry.slot), notices };
  }

  /**
   * Changes a slot through `mutate` (which edits the draft it is given) and writes it at once, or at
   * the next `flush()` with `{ defer: true }`. Returns the slot as saved.
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
    entry.slot = parsed.data;
    entry.dirty = true;
    if (!options.defer) this.#writeSlot(packId, entry);
    return structuredClone(entry.slot);
  }

  /** Writes every deferred change. Returns how many slots were written. */
  flush(): number {
    let written = 0;
    for (const [key, entry] of this.#slots) {
      if (!entry.dirty) continue;
      this.#writeSlot(key.slice(0, key.indexOf('/')), entry);
      written++;
    }
    return written;
  }

  /** Slots with changes not yet written. */
  pendingWrites(): number {
    return [...this.#slots.values()].filter((e) => e.dirty).length;
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
      indexed.index = { slots: indexed.index.slots.filter((s) => s.id !== slotId) };
      this.#writeIndex(packId, indexed);
    }
    ring.destroy();
    this.#slots.delete(slotKey(packId, slotId));
  }

  /** Deletes every slot of a pack. The player must have confirmed: pass `{ confirm: true }`. */
  resetPack(packId: string, options: { confirm?: boolean } = {}): number {
    checkPackId(packId);
    if (options.confirm !== true) {
      throw new UserError(
        `Resetting "${packId}" deletes every save slot of that pack. Ask the player to confirm, then call it again with confirm: true.`,
      );
    }
    const ids = new Set([
      ...this.#index(packId).index.slots.map((s) => s.id),
      ...this.#discoverSlotIds(packId),
    ]);
    for (const id of ids) {
      this.#slotRing(packId, id).destroy();
      this.#slots.delete(slotKey(packId, id));
    }
    this.#indexRing(packId).destroy();
    this.#indexes.set(packId, { index: { slots: [] }, seq: 0 });
    return ids.size;
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
    const indexed = this.#index(packId);
    let id = newSlotId();
    while (indexed.index.slots.some((s) => s.id === id)) id = newSlotId();
    const taken = new Set(indexed.index.slots.map((s) => s.name));
    let name = imported.name;
    for (let n = 2; taken.has(name); n++) name = `${imported.name.slice(0, 60)} (imported ${n - 1})`;
    const slot: SaveSlot = { ...imported, id, name };
    const entry: CachedSlot = { slot, seq: 0, dirty: true };
    this.#slots.set(slotKey(packId, id), entry);
    this.#writeSlot(packId, entry);
    return structuredClone(slot);
  }

  /** Notices gathered since the last call and not already returned by `loadSlot`, oldest first. */
  takeNotices(): SaveNotice[] {
    const out = this.#notices;
    this.#notices = [];
    return out;
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
    const ring = this.#slotRing(packId, slotId);
    const scan = ring.scan();
    const damaged: DamagedCopy[] = [...scan.damaged];
    let chosen: { slot: SaveSlot; seq: number; savedAt: number } | undefined;
    for (const copy of scan.good) {
      const read = readSlot(copy.envelope.version, copy.envelope.data);
      if (read.ok) {
        chosen = { slot: read.slot, seq: copy.envelope.seq, savedAt: copy.envelope.savedAt };
        break;
      }
      if (read.reason === 'future') {
        throw new UserError(
          `The save "${summary?.name ?? slotId}" cannot be opened: ${read.detail}. Update Resonance to continue it; the save was left untouched.`,
          'conflict',
        );
      }
      damaged.push({ position: copy.position, why: read.detail, seq: copy.envelope.seq });
    }
    const name = chosen?.slot.name ?? summary?.name ?? slotId;
    const setAside = this.#setAside(ring, damaged);
    const seqs = [
      chosen?.seq ?? 0,
      summary?.seq ?? 0,
      ...damaged.map((d) => d.seq ?? 0),
      ...scan.good.map((g) => g.envelope.seq),
    ];
    const highest = Math.max(...seqs);
    if (!chosen) {
      if (damaged.length > 0) {
        throw new UserError(
          `Your save '${name}' was damaged and no good copy of it was left. The damaged files were kept${setAside.length ? ` at ${setAside.join(', ')}` : ''}; choose another save or start a new one.`,
          'corrupt-save',
        );
      }
      if (summary) {
        throw new UserError(
          `The files of your save '${name}' are missing from the save folder. Restore them from a backup, or delete this save from the list.`,
          'corrupt-save',
        );
      }
      throw notFound(packId, slotId);
    }
    const newerLost =
      (summary !== undefined && summary.seq > chosen.seq) ||
      damaged.some((d) => (d.seq === undefined ? summary === undefined : d.seq > chosen.seq));
    if (newerLost) {
      this.#notices.push({
        kind: 'restored',
        packId,
        slotId,
        message: `Your save '${name}' was damaged; we restored the copy from ${clockTime(chosen.savedAt, this.#now())}.`,
        restoredFrom: chosen.savedAt,
        setAside,
      });
    } else if (damaged.length > 0) {
      this.#notices.push({
        kind: 'backup-set-aside',
        packId,
        slotId,
        message: `An older backup of your save '${name}' was damaged and was set aside; your progress is intact.`,
        setAside,
      });
    }
    const entry: CachedSlot = { slot: chosen.slot, seq: highest, dirty: false };
    if (newerLost) {
      // The restored copy becomes the newest again, so the loss is reported once, not at every start.
      this.#writeSlot(packId, entry);
    } else if (!summary) {
      // Found on disk but missing from the list (the list was restored from an older copy): list it again.
      indexed.index = { slots: [...indexed.index.slots, summarise(chosen.slot, chosen.seq)] };
      this.#writeIndex(packId, indexed);
    }
    return entry;
  }

  #writeSlot(packId: string, entry: CachedSlot): void {
    const ring = this.#slotRing(packId, entry.slot.id);
    const seq = entry.seq + 1;
    this.#writeCopy(ring, CURRENT_SAVE_VERSION, seq, entry.slot);
    entry.seq = seq;
    entry.dirty = false;
    const indexed = this.#index(packId);
    const summary = summarise(entry.slot, seq);
    const at = indexed.index.slots.findIndex((s) => s.id === summary.id);
    const slots = [...indexed.index.slots];
    if (at >= 0) slots[at] = summary;
    else slots.push(summary);
    indexed.index = { slots };
    this.#writeIndex(packId, indexed);
  }

  #writeIndex(packId: string, indexed: CachedIndex): void {
    indexed.seq += 1;
    this.#writeCopy(this.#indexRing(packId), PACK_INDEX_VERSION, indexed.seq, indexed.index);
  }

  /** A file damaged while the game runs is met here: it is set aside and the write tried once more. */
  #writeCopy(ring: CopyRing, version: number, seq: number, data: unknown): void {
    try {
      ring.write(version, seq, this.#now(), data);
    } catch {
      const scan = ring.scan();
      this.#setAside(ring, scan.damaged);
      ring.write(version, seq, this.#now(), data);
    }
  }

  #index(packId: string): CachedIndex {
    checkPackId(packId);
    const cached = this.#indexes.get(packId);
    if (cached) return cached;
    const ring = this.#indexRing(packId);
    const scan = ring.scan();
    const damaged: DamagedCopy[] = [...scan.damaged];
    let chosen: { index: PackIndex; seq: number; savedAt: number } | undefined;
    for (const copy of scan.good) {
      if (copy.envelope.version > PACK_INDEX_VERSION) {
        throw new UserError(
          `The saves of "${packId}" were written by a newer version of Resonance. Update Resonance to open them; they were left untouched.`,
          'conflict',
        );
      }
      const parsed = packIndexSchema.safeParse(copy.envelope.data);
      if (parsed.success) {
        chosen = { index: parsed.data, seq: copy.envelope.seq, savedAt: copy.envelope.savedAt };
        break;
      }
      damaged.push({
        position: copy.position,
        why: describeIssue(parsed.error.issues[0]),
        seq: copy.envelope.seq,
      });
    }
    const setAside = this.#setAside(ring, damaged);
    const highest = Math.max(0, ...damaged.map((d) => d.seq ?? 0), ...scan.good.map((g) => g.envelope.seq));
    const indexed: CachedIndex = { index: chosen?.index ?? { slots: [] }, seq: highest };
    this.#indexes.set(packId, indexed);
    if (damaged.length > 0 || !chosen) {
      // Slots missing from the list (created after the restored copy, or the list is gone) are still
      // on disk: put them back on it.
      const listed = new Set(indexed.index.slots.map((s) => s.id));
      for (const id of this.#discoverSlotIds(packId)) {
        if (listed.has(id)) continue;
        try {
          this.#cached(packId, id);
        } catch {
          // A slot that cannot be read stays off the list; its files are kept.
        }
      }
    }
    if (damaged.length > 0) {
      const newer = damaged.some((d) => d.seq === undefined || d.seq > (chosen?.seq ?? 0));
      this.#notices.push({
        kind: newer ? 'restored' : 'backup-set-aside',
        packId,
        message: newer
          ? chosen
            ? `The list of saves for "${packId}" was damaged; we restored the copy from ${clockTime(chosen.savedAt, this.#now())} and found every save still on disk.`
            : `The list of saves for "${packId}" was damaged; we rebuilt it from the saves still on disk.`
          : `An older backup of the list of saves for "${packId}" was damaged and was set aside; your saves are intact.`,
        ...(chosen ? { restoredFrom: chosen.savedAt } : {}),
        setAside,
      });
    }
    return indexed;
  }

  #setAside(ring: CopyRing, damaged: DamagedCopy[]): string[] {
    const stamp = this.#now();
    return damaged.map((d) => ring.setAside(d.position, stamp)).filter((p): p is string => p !== undefined);
  }

  /** Slot ids with files in the save folder, found by name (used when the list itself was damaged). */
  #discoverSlotIds(packId: string): string[] {
    let file: string;
    try {
      file = this.#stores(`saves.${packId}.probe`).path;
    } catch {
      return [];
    }
    const ext = extname(file);
    if (basename(file) !== `saves.${packId}.probe${ext}`) return [];
    const prefix = `saves.${packId}.slot.`;
    let names: string[];
    try {
      names = readdirSync(dirname(file));
    } catch {
      return [];
    }
    const ids = new Set<string>();
    for (const name of names) {
      if (!name.startsWith(prefix) || !name.endsWith(ext)) continue;
      const match = /^([a-z0-9-]+)\.\d+$/.exec(name.slice(prefix.length, name.length - ext.length));
      if (match && SAFE_ID_PATTERN.test(match[1]!)) ids.add(match[1]!);
    }
    return [...ids];
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

function summarise(slot: SaveSlot, seq: number): SlotSummary {
  return {
    id: slot.id,
    name: slot.name,
    createdAt: slot.createdAt,
    updatedAt: slot.updatedAt,
    timePlayedMs: slot.timePlayedMs,
    chapterReached: slot.chapterReached,
    seq,
  };
}

const slotKey = (packId: string, slotId: string) => `${packId}/${slotId}`;

function newSlotId(): string {
  return randomBytes(5).toString('hex');
}

function checkPackId(packId: string): void {
  if (typeof packId !== 'string' || packId.length > 64 || !SAFE_ID_PATTERN.test(packId)) {
    throw new UserError(
      `"${String(packId)}" is not a pack id. Pack ids use lowercase letters, digits and single hyphens.`,
    );
  }
}

function checkSlotId(slotId: string): void {
  if (typeof slotId !== 'string' || slotId.length > 64 || !SAFE_ID_PATTERN.test(slotId)) {
    throw new UserError(`"${String(slotId)}" is not a save slot id. Pick a slot from the list of saves.`);
  }
}

function checkName(name: string): string {
  const clean = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (clean.length === 0) throw new UserError('A save needs a name. Type at least one letter.');
  if (clean.length > 80)
    throw new UserError(
      `A save name can be at most 80 characters; this one has ${clean.length}. Shorten it.`,
    );
  return clean;
}

function notFound(packId: string, slotId: string): UserError {
  return new UserError(
    `There is no save "${slotId}" for "${packId}". Pick a slot from the list of saves.`,
    'not-found',
  );
}

/** "14:02" for today, "2026-11-24 14:02" for another day, in local time. */
export function clockTime(at: number, now: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === new Date(now).toDateString()
    ? hm
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm}`;
}
