// The per-pack list of save slots: what the Packs screen shows without opening each slot, cached in
// memory, recovered from disk, and written without ever listing a slot whose files are not on disk.
import { readdirSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { StoreFactory } from '../store';
import { SAFE_ID_PATTERN, type PackIndex, type SaveSlot, type SlotSummary } from './schema';

export interface CachedIndex {
  index: PackIndex;
  /** Sequence number of the newest copy of the list on disk. */
  seq: number;
  /** The list in memory differs from the one on disk. */
  dirty: boolean;
}

export function summarise(slot: SaveSlot, seq: number): SlotSummary {
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

/** The list with `summary` added, or put in place of the slot's earlier summary. */
export function withSummary(index: PackIndex, summary: SlotSummary): PackIndex {
  const at = index.slots.findIndex((s) => s.id === summary.id);
  const slots = [...index.slots];
  if (at >= 0) slots[at] = summary;
  else slots.push(summary);
  return { slots };
}

export function withoutSlot(index: PackIndex, slotId: string): PackIndex {
  return { slots: index.slots.filter((s) => s.id !== slotId) };
}

/** The list as it may be written: only slots that have a copy on disk. */
export function onDiskOnly(index: PackIndex, written: (slotId: string) => boolean): PackIndex {
  return { slots: index.slots.filter((s) => written(s.id)) };
}

/** The folder a pack's save files are in, found through a probe store's path; undefined when unknown. */
export function saveFolderOf(stores: StoreFactory, packId: string): string | undefined {
  return probe(stores, packId)?.folder;
}

function probe(stores: StoreFactory, packId: string): { folder: string; ext: string } | undefined {
  let file: string;
  try {
    file = stores(`saves.${packId}.probe`).path;
  } catch {
    return undefined;
  }
  const ext = extname(file);
  return basename(file) === `saves.${packId}.probe${ext}` ? { folder: dirname(file), ext } : undefined;
}

/** Slot ids with files in the save folder, found by name (used when the list itself was damaged). */
export function discoverSlotIds(stores: StoreFactory, packId: string): string[] {
  const found = probe(stores, packId);
  if (!found) return [];
  const { folder, ext } = found;
  const prefix = `saves.${packId}.slot.`;
  let names: string[];
  try {
    names = readdirSync(folder);
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
