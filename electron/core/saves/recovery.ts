// Recovery from disk: picks the copy of a slot or of a slot list to trust, sets damaged copies aside,
// and words what the player must be told, including a newest copy lost without a readable trace.
import { UserError } from '@shared/result';
import type { CopyRing, DamagedCopy, GoodCopy } from './copy-ring';
import { describeIssue, readSlot } from './migrations';
import { clockTime, type SaveNotice } from './notices';
import {
  PACK_INDEX_VERSION,
  packIndexSchema,
  type PackIndex,
  type SaveSlot,
  type SlotSummary,
} from './schema';

export interface RecoveryContext {
  packId: string;
  now: number;
  /** Moves the damaged copies aside (kept, never deleted); returns where they went. */
  setAside: (ring: CopyRing, damaged: DamagedCopy[]) => string[];
}

export interface RecoveredSlot {
  slot: SaveSlot;
  /** Highest sequence number the slot ever used on disk, damaged copies included. */
  seq: number;
  /** True when a newer copy than the one in use was lost: the restored copy must be written again. */
  newerLost: boolean;
  notice?: SaveNotice;
}

/**
 * Whether a damaged copy was written after `chosen`: by its sequence number when it can still be read,
 * else by being an empty or zeroed file written later (a power loss during the newest write), else, when
 * the slot list does not know the slot, by caution.
 */
function newerThan(damaged: DamagedCopy, chosen: { seq: number; modifiedAt?: number }, unlisted: boolean) {
  if (damaged.seq !== undefined) return damaged.seq > chosen.seq;
  if (damaged.cutShort && damaged.modifiedAt !== undefined && chosen.modifiedAt !== undefined)
    return damaged.modifiedAt > chosen.modifiedAt;
  return unlisted;
}

/** Reads a slot's ring; throws a UserError saying what happened when no copy can be used. */
export function recoverSlot(
  ring: CopyRing,
  slotId: string,
  summary: SlotSummary | undefined,
  context: RecoveryContext,
): RecoveredSlot {
  const scan = ring.scan();
  const damaged: DamagedCopy[] = [...scan.damaged];
  let chosen: { slot: SaveSlot; seq: number; savedAt: number; modifiedAt?: number } | undefined;
  for (const copy of scan.good) {
    const read = readSlot(copy.envelope.version, copy.envelope.data);
    if (read.ok) {
      chosen = {
        slot: read.slot,
        seq: copy.envelope.seq,
        savedAt: copy.envelope.savedAt,
        modifiedAt: copy.modifiedAt,
      };
      break;
    }
    if (read.reason === 'future') {
      throw new UserError(
        `The save "${summary?.name ?? slotId}" cannot be opened: ${read.detail}. Update Resonance to continue it; the save was left untouched.`,
        'conflict',
      );
    }
    damaged.push({
      position: copy.position,
      why: read.detail,
      seq: copy.envelope.seq,
      modifiedAt: copy.modifiedAt,
    });
  }
  const name = chosen?.slot.name ?? summary?.name ?? slotId;
  const setAside = context.setAside(ring, damaged);
  const highest = Math.max(
    chosen?.seq ?? 0,
    summary?.seq ?? 0,
    ...damaged.map((d) => d.seq ?? 0),
    ...scan.good.map((g) => g.envelope.seq),
  );
  if (!chosen) {
    const kept = setAside.length > 0 ? setAside : ring.keptAside();
    if (kept.length > 0) {
      throw new UserError(
        `Your save '${name}' was damaged and no good copy of it was left. The damaged files were kept at ${kept.join(', ')}; choose another save or start a new one.`,
        'corrupt-save',
      );
    }
    if (summary) {
      throw new UserError(
        `The files of your save '${name}' are missing from the save folder. Restore them from a backup, or delete this save from the list.`,
        'corrupt-save',
      );
    }
    throw new UserError(
      `There is no save "${slotId}" for "${context.packId}". Pick a slot from the list of saves.`,
      'not-found',
    );
  }
  const picked = chosen;
  const newerLost =
    (summary !== undefined && summary.seq > picked.seq) ||
    damaged.some((d) => newerThan(d, picked, summary === undefined));
  let notice: SaveNotice | undefined;
  if (newerLost) {
    notice = {
      kind: 'restored',
      packId: context.packId,
      slotId,
      message: `Your save '${name}' was damaged; we restored the copy from ${clockTime(picked.savedAt, context.now)}.${keptAt(setAside)}`,
      restoredFrom: picked.savedAt,
      setAside,
    };
  } else if (damaged.length > 0) {
    notice = {
      kind: 'backup-set-aside',
      packId: context.packId,
      slotId,
      message: `An older backup of your save '${name}' was damaged and was set aside; your progress is intact.${keptAt(setAside)}`,
      setAside,
    };
  }
  return { slot: picked.slot, seq: highest, newerLost, notice };
}

export interface RecoveredIndex {
  index: PackIndex;
  seq: number;
  /** True when a copy was damaged: slots missing from the list must be looked for on disk. */
  searchDisk: boolean;
  notice?: SaveNotice;
}

/** Reads a pack's list of slots; throws a UserError for a list written by a newer version. */
export function recoverIndex(ring: CopyRing, context: RecoveryContext): RecoveredIndex {
  const { packId } = context;
  const scan = ring.scan();
  const damaged: DamagedCopy[] = [...scan.damaged];
  let chosen: { index: PackIndex; copy: GoodCopy } | undefined;
  for (const copy of scan.good) {
    if (copy.envelope.version > PACK_INDEX_VERSION) {
      throw new UserError(
        `The saves of "${packId}" were written by a newer version of Resonance. Update Resonance to open them; they were left untouched.`,
        'conflict',
      );
    }
    const parsed = packIndexSchema.safeParse(copy.envelope.data);
    if (parsed.success) {
      chosen = { index: parsed.data, copy };
      break;
    }
    damaged.push({
      position: copy.position,
      why: describeIssue(parsed.error.issues[0]),
      seq: copy.envelope.seq,
      modifiedAt: copy.modifiedAt,
    });
  }
  const setAside = context.setAside(ring, damaged);
  const seq = Math.max(0, ...damaged.map((d) => d.seq ?? 0), ...scan.good.map((g) => g.envelope.seq));
  let notice: SaveNotice | undefined;
  if (damaged.length > 0) {
    const newer = damaged.some((d) => d.seq === undefined || d.seq > (chosen?.copy.envelope.seq ?? 0));
    const savedAt = chosen?.copy.envelope.savedAt;
    notice = {
      kind: newer ? 'restored' : 'backup-set-aside',
      packId,
      message:
        (newer
          ? savedAt !== undefined
            ? `The list of saves for "${packId}" was damaged; we restored the copy from ${clockTime(savedAt, context.now)} and found every save still on disk.`
            : `The list of saves for "${packId}" was damaged; we rebuilt it from the saves still on disk.`
          : `An older backup of the list of saves for "${packId}" was damaged and was set aside; your saves are intact.`) +
        keptAt(setAside),
      ...(savedAt !== undefined ? { restoredFrom: savedAt } : {}),
      setAside,
    };
  }
  return {
    index: chosen?.index ?? { slots: [] },
    seq,
    searchDisk: damaged.length > 0 || !chosen,
    notice,
  };
}

function keptAt(paths: string[]): string {
  if (paths.length === 0) return '';
  return paths.length === 1
    ? ` The damaged file was kept at ${paths[0]}.`
    : ` The damaged files were kept at ${paths.join(', ')}.`;
}
