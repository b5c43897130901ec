// The save system's public face: what the game session and the router import.
export {
  SaveService,
  clockTime,
  DEFAULT_BACKUPS,
  type LoadedSlot,
  type SaveNotice,
  type SaveServiceOptions,
  type UpdateOptions,
} from './save-service';
export {
  CURRENT_SAVE_VERSION,
  HINT_RUNGS,
  emptyBoard,
  slotSchema,
  type Board,
  type GuessRecord,
  type HintLedgerEntry,
  type HintRung,
  type HintState,
  type RecipeStep,
  type SaveSlot,
  type SlotSummary,
  type SolvedGate,
} from './schema';
export {
  DEFAULT_THROTTLE,
  afterWrongGuess,
  beforeGuess,
  emptyGuessRecord,
  slotBeforeGuess,
  slotRecordWrongGuess,
  waitAfter,
  waitMessage,
  type GuessVerdict,
  type ThrottlePolicy,
  type WrongGuessOutcome,
} from './throttle';
export {
  chapterLedger,
  confirmationPrompt,
  nextRung,
  rungsTaken,
  slotTakeHint,
  takeHint,
  type HintGrant,
  type HintRequest,
  type LedgerLine,
} from './hint-ladder';
