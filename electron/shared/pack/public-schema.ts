// The zod schemas of what a player may see of a pack, as a sealed pack stores it; public-types.ts derives its types from these.
import { z } from 'zod';
import { CLUE_KINDS, FILE_KINDS } from './kinds';

/** Bounds on text in a sealed pack, so a hostile pack cannot make the game hold huge strings. */
export const shortText = z.string().max(10_000);
export const longText = z.string().max(8 * 1024 * 1024);

const clueKind = z.enum(CLUE_KINDS);

/** Pack metadata shown in the library before anything is played. */
export const publicPackInfoSchema = z.strictObject({
  id: shortText,
  title: shortText,
  version: shortText,
  author: shortText,
  license: shortText,
  description: shortText,
  language: shortText,
  chapterCount: z.number().int().min(1).max(1000),
  /** Number of puzzles and deductions, for progress bars. */
  gateCount: z.number().int().min(0).max(100_000),
  /**
   * The author's public signing key (base64): two packs with the same id and identity come from the same
   * author's secret, so one may update the other. Absent on packs sealed before signing existed.
   */
  identity: shortText.optional(),
  /** Short id of this exact build: the same sources and secret always give the same build id. */
  build: shortText.optional(),
});

export const publicChapterSchema = z.strictObject({
  id: shortText,
  /** 0-based position in play order. */
  index: z.number().int(),
  title: shortText,
  summary: shortText,
  opening: shortText,
  closing: shortText,
});

/** A scene; its html is sanitised. */
export const publicSceneSchema = z.strictObject({ id: shortText, title: shortText, html: longText });

/** A vault file as listed: metadata, and either its readable body or the ciphertext that locks it. */
export const publicFileSchema = z.strictObject({
  id: shortText,
  title: shortText,
  kind: z.enum(FILE_KINDS),
  /** Vault folder path under files/, '' for the root. */
  folder: shortText,
  chapter: shortText,
  from: shortText.optional(),
  date: shortText.optional(),
  /** Puzzle id that locks this file, when it has one. */
  lockedBy: shortText.optional(),
  /** What the locked file shows until its puzzle is solved. */
  ciphertext: longText.optional(),
});

/** A pack image may only be an inline picture: never a URL to fetch. */
const dataImage = z
  .string()
  .max(16 * 1024 * 1024)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]*={0,2}$/);

/** The readable body of a vault file once it is unlocked: sanitised html, and for images a data: URL. */
export const publicFileBodySchema = z.strictObject({
  id: shortText,
  html: longText,
  image: dataImage.optional(),
  alt: shortText.optional(),
});

export const publicClueSchema = z.strictObject({
  id: shortText,
  kind: clueKind,
  title: shortText,
  text: longText,
  date: shortText.optional(),
  source: z.strictObject({ file: shortText, quote: longText }),
});

export const publicLinkTypeSchema = z.strictObject({
  id: shortText,
  label: shortText,
  /** What the link claims, shown beside its label when the player chooses it. */
  meaning: shortText.optional(),
  symmetric: z.boolean(),
});

export const publicPuzzleSchema = z.strictObject({
  id: shortText,
  title: shortText,
  chapter: shortText,
  cipher: shortText,
  ciphertext: longText,
  prompt: longText,
  keepSpaces: z.boolean(),
  timer: z.number().optional(),
  /** No key is written anywhere on purpose: the player breaks it from the workbench's evidence. */
  keyless: z.literal(true).optional(),
  /** The race this puzzle is a step of: one clock for all its steps (the chapter's id names it). */
  race: z
    .strictObject({
      id: shortText,
      title: shortText,
      seconds: z.number().int().positive(),
      /** How many puzzles the race has: it is won when that many of its steps are solved. */
      steps: z.number().int().min(1),
    })
    .optional(),
  teach: z.strictObject({ tool: shortText, text: longText }).optional(),
  /** Files this puzzle unlocks. */
  locks: z.array(shortText),
});

export const publicFillSlotSchema = z.strictObject({ name: shortText, kind: clueKind });

export const publicDeductionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: shortText,
    chapter: shortText,
    title: shortText,
    kind: z.literal('fill'),
    sentence: longText,
    slots: z.array(publicFillSlotSchema),
    feedback: z.boolean(),
  }),
  z.strictObject({
    id: shortText,
    chapter: shortText,
    title: shortText,
    kind: z.literal('links'),
    prompt: longText,
    linkCount: z.number().int(),
    feedback: z.boolean(),
  }),
]);
