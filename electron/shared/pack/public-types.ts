// What a player may see of a pack, never answers or unrevealed hints; stored shapes derive from public-schema.ts.
import type { z } from 'zod';
import type {
  publicChapterSchema,
  publicClueSchema,
  publicDeductionSchema,
  publicFileBodySchema,
  publicFileSchema,
  publicFillSlotSchema,
  publicLinkTypeSchema,
  publicPackInfoSchema,
  publicPuzzleSchema,
  publicSceneSchema,
} from './public-schema';

export type { ClueKind, FileKind } from './kinds';
/** The hint ladder of every puzzle and deduction, in the order its rungs open. */
export const HINT_RUNGS = ['nudge', 'method', 'pinpoint', 'reveal'] as const;
export type HintRung = (typeof HINT_RUNGS)[number];

/** Pack metadata shown in the library before anything is played. */
export type PublicPackInfo = z.output<typeof publicPackInfoSchema>;
export type PublicChapter = z.output<typeof publicChapterSchema>;
/** A scene; its html is sanitised. */
export type PublicScene = z.output<typeof publicSceneSchema>;
/** A vault file as listed: metadata, and either its readable body or the ciphertext that locks it. */
export type PublicFile = z.output<typeof publicFileSchema>;
/** The readable body of a vault file, once it is unlocked. */
export type PublicFileBody = z.output<typeof publicFileBodySchema>;
export type PublicClue = z.output<typeof publicClueSchema>;
export type PublicLinkType = z.output<typeof publicLinkTypeSchema>;
export type PublicPuzzle = z.output<typeof publicPuzzleSchema>;
export type PublicFillSlot = z.output<typeof publicFillSlotSchema>;
export type PublicDeduction = z.output<typeof publicDeductionSchema>;

/** Everything a player can see given the gates solved so far. */
export interface PackView {
  pack: PublicPackInfo;
  linkTypes: PublicLinkType[];
  chapters: PublicChapter[];
  /** Chapter ids whose closing gates are all solved. */
  completedChapters: string[];
  scenes: PublicScene[];
  files: PublicFile[];
  bodies: PublicFileBody[];
  clues: PublicClue[];
  puzzles: PublicPuzzle[];
  deductions: PublicDeduction[];
  solved: string[];
  /** True when every chapter is completed. */
  finished: boolean;
}

/** What one solved gate newly made available. */
export type Unlocked = Omit<PackView, 'pack' | 'linkTypes' | 'finished' | 'solved'>;

export interface Hint {
  rung: HintRung;
  text: string;
}

export type DeductionSubmission =
  { fills: Record<string, string> } | { links: { from: string; type: string; to: string }[] };

export type AnswerOutcome =
  /** `proof` is what the check derived its key from: kept by the save so progress survives a new build. */
  | { kind: 'solved'; contentKey: string; proof: string; unlocked: Unlocked }
  | { kind: 'keep-going'; message: string }
  | { kind: 'wrong' };

/** Per-slot (fill) or per-link (links) verdicts of a deduction submission. */
export type DeductionFeedback =
  | { kind: 'fill'; slots: Record<string, 'right' | 'wrong'> }
  | { kind: 'links'; links: ('right' | 'wrong')[] };
