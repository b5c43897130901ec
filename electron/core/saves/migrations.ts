// Brings a slot written by any earlier build up to the current version, one step at a time.
import {
  CURRENT_SAVE_VERSION,
  HINT_RUNGS,
  slotSchemaV1,
  slotSchemaV2,
  type HintLedgerEntry,
  type HintRung,
  type SaveSlot,
  type SaveSlotV1,
} from './schema';

/** Why a stored slot could not be read; `future` is not damage and must never be overwritten. */
export type ReadFailure = { reason: 'future' | 'unknown-version' | 'invalid'; detail: string };
export type ReadOutcome = { ok: true; slot: SaveSlot; migratedFrom?: number } | ({ ok: false } & ReadFailure);

/** Ledger chapter for hints taken before chapters were recorded and before any chapter was reached. */
export const UNKNOWN_CHAPTER = 'before-chapter-records';

const schemas = { 1: slotSchemaV1, 2: slotSchemaV2 } as const;

/** Step n turns a valid version-n slot into a version-(n+1) slot. */
const steps: Record<number, (slot: never) => unknown> = {
  1: (slot: SaveSlotV1) => v1ToV2(slot),
};

export function v1ToV2(v1: SaveSlotV1): SaveSlot {
  const taken: Record<string, number> = {};
  const entries: HintLedgerEntry[] = [];
  for (const entry of v1.hints) {
    const cut = entry.lastIndexOf(':');
    const gateId = entry.slice(0, cut);
    const rung = entry.slice(cut + 1) as HintRung;
    const index = HINT_RUNGS.indexOf(rung);
    // Version 1 never wrote anything else; an unreadable entry carries no rung worth keeping.
    if (cut <= 0 || index < 0) continue;
    taken[gateId] = Math.max(taken[gateId] ?? 0, index + 1);
    entries.push({ gateId, rung, takenAt: v1.updatedAt });
  }
  const chapter = v1.chapter.trim();
  const guesses: SaveSlot['guesses'] = {};
  for (const [gateId, count] of Object.entries(v1.guesses)) {
    guesses[gateId] = { count, seen: [], lastWrongAt: 0, waitUntil: 0 };
  }
  return {
    id: v1.id,
    name: v1.name,
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    solvedGates: v1.solved,
    unlockedFiles: v1.unlockedFiles,
    recipes: v1.recipes,
    board: v1.board,
    hints: { taken, ledger: entries.length > 0 ? { [chapter || UNKNOWN_CHAPTER]: entries } : {} },
    guesses,
    deductionAttempts: {},
    timePlayedMs: v1.timePlayedMs,
    chapterReached: chapter || null,
  };
}

/** Validates `data` as a version-`version` slot and migrates it to the current version. */
export function readSlot(version: number, data: unknown, fieldPrefix?: string): ReadOutcome {
  if (version > CURRENT_SAVE_VERSION) {
    return {
      ok: false,
      reason: 'future',
      detail: `it uses save format ${version} and this version of Resonance reads up to format ${CURRENT_SAVE_VERSION}`,
    };
  }
  const schema = schemas[version as keyof typeof schemas] as
    (typeof schemas)[keyof typeof schemas] | undefined;
  if (!schema)
    return { ok: false, reason: 'unknown-version', detail: `save format ${version} never existed` };
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, reason: 'invalid', detail: describeIssue(parsed.error.issues[0], fieldPrefix) };
  let value: unknown = parsed.data;
  for (let v = version; v < CURRENT_SAVE_VERSION; v++) {
    const step = steps[v];
    if (!step) throw new Error(`No migration from save format ${v}`);
    value = step(value as never);
  }
  const current = slotSchemaV2.safeParse(value);
  if (!current.success)
    return { ok: false, reason: 'invalid', detail: describeIssue(current.error.issues[0], fieldPrefix) };
  return version === CURRENT_SAVE_VERSION
    ? { ok: true, slot: current.data }
    : { ok: true, slot: current.data, migratedFrom: version };
}

export function describeIssue(
  issue: { path: PropertyKey[]; message: string } | undefined,
  fieldPrefix?: string,
): string {
  if (!issue) return 'its content does not match the save format';
  const path = [...(fieldPrefix ? [fieldPrefix] : []), ...issue.path.map(String)];
  const where = path.length > 0 ? path.join('.') : 'slot';
  return `the field "${where}" is wrong (${issue.message})`;
}
