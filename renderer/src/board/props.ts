// The evidence board's props as the game screen passes them.
import type {
  BoardState,
  DeductionResult,
  DeductionSubmission,
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
}
