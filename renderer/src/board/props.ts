// The evidence board's props as the game screen passes them.
import type {
  BoardState,
  DeductionResult,
  DeductionSubmission,
  GateProgress,
  HintRung,
  PublicClue,
  PublicDeduction,
  PublicLinkType,
} from '@shared/game-types';

export interface EvidenceBoardProps {
  /** Every clue revealed so far; cards not on the board yet wait in the tray of new cards. */
  clues: PublicClue[];
  linkTypes: PublicLinkType[];
  /** Deductions available now. */
  deductions: PublicDeduction[];
  /** Solved gate ids; solved deductions lock in. */
  solved: string[];
  /** The saved board to restore. */
  board: BoardState;
  feedback: 'group' | 'count' | 'pinpoint';
  reducedMotion: boolean;
  /** Called on every change; the caller debounces the save. */
  onBoardChange: (board: BoardState) => void;
  onSubmitDeduction: (deductionId: string, submission: DeductionSubmission) => Promise<DeductionResult>;
  /** Show the passage of the file a card came from. */
  onOpenSource: (fileId: string, quote: string) => void;
  /** Hint progress per gate id: each open deduction shows its hint ladder from it. */
  progress: Record<string, GateProgress>;
  /** Takes a confirmed hint rung for a deduction; new progress comes back through `progress`. */
  onTakeHint: (gateId: string, rung: HintRung) => Promise<void>;
  /** The deduction the player is working on (its sealed hints open meanwhile), or null on leaving the board. */
  onFocusGate: (gateId: string | null) => void;
}
