// The evidence board as saved: the schema a submitted board must pass, shared by the contract and saves.
import { z } from 'zod';

const refId = z.string().min(1).max(200);

/** The most files a board remembers as read; more than any pack holds. */
export const MAX_READ_FILES = 20_000;

/** Only the fields the engine relies on are checked; extra fields pass through so the board can grow. */
export const boardSchema = z.object({
  nodes: z
    .array(
      z.looseObject({
        id: refId,
        kind: z.string().min(1).max(40),
        clueId: refId.optional(),
        text: z.string().max(20_000).optional(),
        x: z.number(),
        y: z.number(),
        groupId: refId.optional(),
      }),
    )
    .max(20_000),
  edges: z
    .array(z.looseObject({ id: refId, from: refId, to: refId, type: z.string().min(1).max(40) }))
    .max(50_000),
  groups: z.array(z.looseObject({ id: refId })).max(5_000),
  notes: z.array(z.looseObject({ id: refId })).max(20_000),
  viewport: z.object({ x: z.number(), y: z.number(), zoom: z.number().positive() }),
  /** Deduction slots the player has filled, solved or not: deduction id to slot name to clue id. */
  fills: z
    .record(refId, z.record(refId, refId))
    .refine((f) => Object.keys(f).length <= 5_000, 'too many deductions')
    .optional(),
  /** Links the player has ticked for link deductions, solved or not: deduction id to board link ids. */
  picks: z
    .record(refId, z.array(refId).max(500))
    .refine((p) => Object.keys(p).length <= 5_000, 'too many deductions')
    .optional(),
  /** Clues the player has already seen on the board; any other is marked new. */
  seen: z.array(refId).max(20_000).optional(),
  /** Vault files the player has opened in the reader since they last changed; any other is marked unread. */
  readFiles: z.array(refId).max(MAX_READ_FILES).optional(),
});
