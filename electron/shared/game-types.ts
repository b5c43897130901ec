// What the game screen exchanges with the engine during play: the view of an open game and the outcome
// of each answer, deduction and hint. Only unlocked content ever appears here, never an answer.
import type { RecipeStep } from './ciphers/recipe';
import type {
  DeductionSubmission,
  Hint,
  HintRung,
  PackView,
  PublicClue,
  PublicDeduction,
  PublicLinkType,
  Unlocked,
} from './pack/public-types';

export type {
  DeductionSubmission,
  Hint,
  HintRung,
  PackView,
  PublicClue,
  PublicDeduction,
  PublicLinkType,
  Unlocked,
};

/** A card, note or link on the evidence board, as saved. Extra fields are kept as they are. */
export interface BoardNode {
  id: string;
  /** A clue kind (person, place, event, object, document, signature) or 'note' or 'group'. */
  kind: string;
  clueId?: string;
  text?: string;
  x: number;
  y: number;
  groupId?: string;
  [extra: string]: unknown;
}

export interface BoardEdge {
  id: string;
  from: string;
  to: string;
  /** A link type id from the pack. */
  type: string;
  [extra: string]: unknown;
}

export interface BoardState {
  nodes: BoardNode[];
  edges: BoardEdge[];
  groups: { id: string; [extra: string]: unknown }[];
  notes: { id: string; [extra: string]: unknown }[];
  viewport: { x: number; y: number; zoom: number };
  /** Deduction slots the player has filled, solved or not: deduction id to slot name to clue id. */
  fills?: Record<string, Record<string, string>>;
  /** Links the player has ticked for link deductions, solved or not: deduction id to board link ids. */
  picks?: Record<string, string[]>;
  /** Clues the player has already seen on the board; any other is marked new. */
  seen?: string[];
  /** Vault files the player has opened in the reader since they last changed; any other is marked unread. */
  readFiles?: string[];
}

export type SavedRecipe = RecipeStep[];

/** Per-gate progress the UI shows next to a puzzle or deduction. */
export interface GateProgress {
  hintsTaken: HintRung[];
  hints: Hint[];
  wrongGuesses: number;
  /** Epoch ms before which the next try is refused; 0 when there is no wait. */
  waitUntil: number;
  /** Milliseconds of background work left before the pinpoint and reveal rungs open; 0 when open. */
  hintLocks?: { pinpoint: number; reveal: number };
}

/** Everything the game screen needs about an open game. */
export interface GameView extends PackView {
  slot: { id: string; name: string; timePlayedMs: number };
  board: BoardState;
  recipes: Record<string, SavedRecipe>;
  progress: Record<string, GateProgress>;
  /** Things the player should be told once, e.g. that a damaged save was restored from a backup. */
  notices: string[];
}

export type AnswerResult =
  | { kind: 'solved'; unlocked: Unlocked; view: GameView }
  | { kind: 'keep-going'; message: string }
  | { kind: 'wrong'; message: string; waitMs: number }
  | { kind: 'repeated'; message: string }
  | { kind: 'wait'; message: string; waitMs: number };

/** How a wrong deduction is reported depends on the player's feedback setting. */
export type DeductionResult =
  | { kind: 'solved'; unlocked: Unlocked; view: GameView }
  | {
      kind: 'wrong';
      message: string;
      waitMs: number;
      /** 'count' and 'pinpoint' feedback: how many slots or links are wrong. */
      wrongCount?: number;
      /** 'pinpoint' feedback: which slots (fill) or link indexes (links) are wrong. */
      wrongSlots?: string[];
      wrongLinks?: number[];
    }
  | { kind: 'repeated'; message: string }
  | { kind: 'wait'; message: string; waitMs: number };

/** A save slot as the slot list shows it. */
export interface SlotInfo {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  timePlayedMs: number;
  chapterReached: string | null;
}

export interface LedgerLine {
  gateId: string;
  title: string;
  rungs: HintRung[];
}
