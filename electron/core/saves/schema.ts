// The save model: every version of a save slot the game has ever written, the envelope each copy
// on disk travels in, and the small per-pack index of slots.
import { z } from 'zod';
import { boardSchema } from '@shared/board/board-schema';
import { ID_PATTERN } from '@shared/ids';
import { HINT_RUNGS, type HintRung } from '@shared/pack/public-types';

/** The slot format this build writes. Older versions are migrated on load (see migrations.ts). */
export const CURRENT_SAVE_VERSION = 2;

/** Pack and slot ids become parts of file names, so they are held to a narrow, path-safe pattern. */
export const SAFE_ID_PATTERN = ID_PATTERN;
export const safeIdSchema = z
  .string()
  .max(64)
  .regex(SAFE_ID_PATTERN, 'must be lowercase letters, digits and hyphens');

/** Gate, puzzle, file and chapter ids come from packs; they are only used as keys, never as paths. */
const refId = z.string().min(1).max(200);
const time = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export { HINT_RUNGS, type HintRung };

export const solvedGateSchema = z.object({
  /**
   * What reopens the gate without asking for the answer again, in the sealed pack's own text form (the
   * pack checks it when the save is opened; here it only has to be a short token).
   */
  contentKey: z.string().regex(/^[A-Za-z0-9+/=._-]{1,200}$/),
  solvedAt: time,
  /**
   * What the player proved: the normalised answer or the canonical deduction. When a new build of the
   * pack does not take the stored key (rebuilt without the author's secret), this reopens the gate.
   */
  proof: z.string().max(20_000).optional(),
});

export const recipeStepSchema = z.object({
  id: refId,
  direction: z.enum(['encrypt', 'decrypt']),
  params: z.record(z.string(), z.json()),
});

export { boardSchema };

export const hintLedgerEntrySchema = z.object({ gateId: refId, rung: z.enum(HINT_RUNGS), takenAt: time });

export const hintsSchema = z.object({
  /** Gate id -> how many rungs of its ladder are open (0..4). */
  taken: z.record(refId, z.number().int().min(0).max(HINT_RUNGS.length)),
  /** Chapter id -> every rung taken in that chapter, in order: shown at the end of the chapter. */
  ledger: z.record(refId, z.array(hintLedgerEntrySchema)),
});

/** Most distinct wrong guesses remembered per gate; older ones are forgotten first. */
export const MAX_REMEMBERED_GUESSES = 64;

export const guessRecordSchema = z.object({
  /** Wrong guesses that were counted (repeats are not). */
  count,
  /** Digests of the distinct wrong guesses, so a repeat is recognised without keeping its text. */
  seen: z.array(z.string().regex(/^[0-9a-f]{16}$/)).max(MAX_REMEMBERED_GUESSES),
  lastWrongAt: time,
  /** Clock time before which the next guess is refused. */
  waitUntil: time,
});

export const slotSchemaV2 = z.object({
  id: safeIdSchema,
  name: z.string().min(1).max(80),
  createdAt: time,
  updatedAt: time,
  solvedGates: z.record(refId, solvedGateSchema),
  unlockedFiles: z.array(refId),
  recipes: z.record(refId, z.array(recipeStepSchema).max(100)),
  board: boardSchema,
  hints: hintsSchema,
  guesses: z.record(refId, guessRecordSchema),
  deductionAttempts: z.record(refId, count),
  timePlayedMs: time,
  chapterReached: refId.nullable(),
});

/** Version 1, as the first builds wrote it: hints as a flat list and guesses as bare counts. */
export const slotSchemaV1 = z.object({
  id: safeIdSchema,
  name: z.string().min(1).max(80),
  createdAt: time,
  updatedAt: time,
  solved: z.record(refId, solvedGateSchema),
  unlockedFiles: z.array(refId),
  recipes: z.record(refId, z.array(recipeStepSchema)),
  board: boardSchema,
  /** Entries "<gate id>:<rung>", in the order they were taken. */
  hints: z.array(z.string()),
  guesses: z.record(refId, count),
  timePlayedMs: time,
  chapter: z.string(),
});

export const slotSchema = slotSchemaV2;
export type SaveSlot = z.infer<typeof slotSchemaV2>;
export type SaveSlotV1 = z.infer<typeof slotSchemaV1>;
export type Board = z.infer<typeof boardSchema>;
export type RecipeStep = z.infer<typeof recipeStepSchema>;
export type SolvedGate = z.infer<typeof solvedGateSchema>;
export type HintState = z.infer<typeof hintsSchema>;
export type HintLedgerEntry = z.infer<typeof hintLedgerEntrySchema>;
export type GuessRecord = z.infer<typeof guessRecordSchema>;

/** What the slot list shows without opening each slot. */
export const slotSummarySchema = z.object({
  id: safeIdSchema,
  name: z.string().min(1).max(80),
  createdAt: time,
  updatedAt: time,
  timePlayedMs: time,
  chapterReached: refId.nullable(),
  /** Sequence number of the newest copy written; a lower one on disk means that copy was lost. */
  seq: count,
});
export type SlotSummary = z.infer<typeof slotSummarySchema>;

export const PACK_INDEX_VERSION = 1;
export const packIndexSchema = z.object({ slots: z.array(slotSummarySchema) });
export type PackIndex = z.infer<typeof packIndexSchema>;

/**
 * How every copy sits on disk: `data` is checked against `checksum` (sha256 of the canonical JSON of
 * everything else) before it is trusted, so a damaged or hand-edited copy is recognised.
 */
export const envelopeSchema = z.object({
  format: z.string(),
  version: z.number().int().positive(),
  seq: count,
  savedAt: time,
  checksum: z.string(),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export function emptyBoard(): Board {
  return { nodes: [], edges: [], groups: [], notes: [], viewport: { x: 0, y: 0, zoom: 1 } };
}

export function newSlot(id: string, name: string, now: number): SaveSlot {
  return {
    id,
    name,
    createdAt: now,
    updatedAt: now,
    solvedGates: {},
    unlockedFiles: [],
    recipes: {},
    board: emptyBoard(),
    hints: { taken: {}, ledger: {} },
    guesses: {},
    deductionAttempts: {},
    timePlayedMs: 0,
    chapterReached: null,
  };
}
