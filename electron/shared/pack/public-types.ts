// What a player may see of a pack: only unlocked content, never answers or unrevealed hints.
import type { FILE_KINDS, CLUE_KINDS } from './source-schema';

export type FileKind = (typeof FILE_KINDS)[number];
export type ClueKind = (typeof CLUE_KINDS)[number];
/** The hint ladder of every puzzle and deduction, in the order its rungs open. */
export const HINT_RUNGS = ['nudge', 'method', 'pinpoint', 'reveal'] as const;
export type HintRung = (typeof HINT_RUNGS)[number];

/** Pack metadata shown in the library before anything is played. */
export interface PublicPackInfo {
  id: string;
  title: string;
  version: string;
  author: string;
  license: string;
  description: string;
  language: string;
  chapterCount: number;
  /** Number of puzzles and deductions, for progress bars. */
  gateCount: number;
  /**
   * The author's public signing key (base64): two packs with the same id and identity come from the same
   * author's secret, so one may update the other. Absent on packs sealed before signing existed.
   */
  identity?: string;
  /** Short id of this exact build: the same sources and secret always give the same build id. */
  build?: string;
}

export interface PublicChapter {
  id: string;
  /** 0-based position in play order. */
  index: number;
  title: string;
  summary: string;
  opening: string;
  closing: string;
}

export interface PublicScene {
  id: string;
  title: string;
  /** Sanitised HTML. */
  html: string;
}

/** A vault file as listed: metadata, and either its readable body or the ciphertext that locks it. */
export interface PublicFile {
  id: string;
  title: string;
  kind: FileKind;
  /** Vault folder path under files/, '' for the root. */
  folder: string;
  chapter: string;
  from?: string;
  date?: string;
  /** Puzzle id that locks this file, when it has one. */
  lockedBy?: string;
  /** What the locked file shows until its puzzle is solved. */
  ciphertext?: string;
}

/** The readable body of a vault file, once it is unlocked. */
export interface PublicFileBody {
  id: string;
  /** Sanitised HTML. */
  html: string;
  /** For image files: a data: URL of the image. */
  image?: string;
  alt?: string;
}

export interface PublicClue {
  id: string;
  kind: ClueKind;
  title: string;
  text: string;
  date?: string;
  source: { file: string; quote: string };
}

export interface PublicLinkType {
  id: string;
  label: string;
  symmetric: boolean;
}

export interface PublicPuzzle {
  id: string;
  title: string;
  chapter: string;
  cipher: string;
  ciphertext: string;
  prompt: string;
  keepSpaces: boolean;
  timer?: number;
  teach?: { tool: string; text: string };
  /** Files this puzzle unlocks. */
  locks: string[];
}

export interface PublicFillSlot {
  name: string;
  kind: ClueKind;
}

export type PublicDeduction =
  | {
      id: string;
      chapter: string;
      title: string;
      kind: 'fill';
      sentence: string;
      slots: PublicFillSlot[];
      feedback: boolean;
    }
  | {
      id: string;
      chapter: string;
      title: string;
      kind: 'links';
      prompt: string;
      linkCount: number;
      feedback: boolean;
    };

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
