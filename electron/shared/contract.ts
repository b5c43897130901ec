// The one list of calls between the renderer and the main process: each call's request schema and
// response type, and each event the main process may send. Preload, ipcMain registration, the router
// and the renderer's GameApi are all derived from this file.
import { z } from 'zod';
import { boardSchema } from './board/board-schema';
import type { DevStatus, UnlockGraph } from './dev-types';
import { ID_PATTERN } from './ids';
import type {
  AnswerResult,
  BoardState,
  DeductionResult,
  GameView,
  GateProgress,
  Hint,
  LedgerLine,
  SlotInfo,
} from './game-types';
import { HINT_RUNGS } from './pack/public-types';
import { jsonBytes, SAVE_LIMITS } from './save-limits';
import { SettingsPatchSchema, type Settings } from './settings';

/** Declares a response type without a runtime schema: responses come from our own core. */
const returns = <T>() => undefined as unknown as T;

const none = z.undefined();
const id = z.string().min(1).max(200);
const packId = z.string().regex(ID_PATTERN, 'must be a pack id').max(64);
const slotRef = z.strictObject({ packId, slotId: packId });
/** Installing from the window sends the file's bytes, never a path: the page cannot name files on disk. */
const MAX_PACK_BYTES = 64 * 1024 * 1024;
/** Object keys that would reach Object.prototype if used as a record key. */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const key = z
  .string()
  .max(40)
  .refine((k) => !PROTOTYPE_KEYS.has(k), 'is a reserved name');
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const submissionSchema = z.union([
  z.strictObject({ fills: z.record(id, id).refine((f) => Object.keys(f).length <= 50, 'too many slots') }),
  z.strictObject({ links: z.array(z.strictObject({ from: id, type: id, to: id })).max(200) }),
]);
const recipeSchema = z
  .array(
    z.strictObject({
      id,
      direction: z.enum(['encrypt', 'decrypt']),
      params: z
        .record(key, z.union([z.string().max(10_000), z.number()]))
        .refine((p) => Object.keys(p).length <= SAVE_LIMITS.maxRecipeParams, 'has too many parameters')
        .optional(),
    }),
  )
  .max(100)
  .refine(
    (recipe) => jsonBytes(recipe) <= SAVE_LIMITS.maxRecipeBytes,
    `is larger than ${kib(SAVE_LIMITS.maxRecipeBytes)}`,
  );
/** A board no player builds by hand is refused before it reaches the save. */
const savedBoardSchema = boardSchema.refine(
  (board) => jsonBytes(board) <= SAVE_LIMITS.maxBoardBytes,
  `is larger than ${kib(SAVE_LIMITS.maxBoardBytes)}: remove cards or notes before it can be saved`,
);

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** True where the host can quit itself (the desktop app), false in a browser host. */
  canQuit: boolean;
  logFolder: string;
  dataFolder: string;
}

export interface PackSummary {
  id: string;
  title: string;
  author: string;
  version: string;
  description: string;
  builtIn: boolean;
  /** 0..1, how much of the pack the newest save slot has solved. */
  progress: number;
  /** Short id of the exact build, when the pack was sealed with one. */
  build?: string;
  /** Set for a pack file that cannot be played: why, in a sentence. It can only be removed. */
  damaged?: string;
  /** Set when the pack's saves cannot be read (written by a newer version, say): why, in a sentence. */
  savesProblem?: string;
}

/** A pack that would replace an installed one: what the player is asked before anything changes. */
export interface InstallQuestion {
  /** Answers the question with `confirmInstall`. */
  token: string;
  fileName: string;
  relation: 'update' | 'downgrade' | 'reinstall' | 'different-pack';
  /** The question, as a heading. */
  title: string;
  /** What installing does, and what becomes of the installed pack's saves. */
  message: string;
  /** The label of the button that goes ahead. */
  action: string;
}

export type InstallOutcome =
  | { kind: 'installed'; pack: PackSummary; message: string }
  | { kind: 'ask'; question: InstallQuestion }
  | { kind: 'unchanged'; message: string };

export const contract = {
  getAppInfo: { request: none, response: returns<AppInfo>() },
  getSettings: { request: none, response: returns<Settings>() },
  updateSettings: { request: SettingsPatchSchema, response: returns<Settings>() },
  quit: { request: none, response: returns<null>() },

  // The pack library.
  listPacks: { request: none, response: returns<PackSummary[]>() },
  installPack: {
    request: z.strictObject({
      fileName: z.string().min(1).max(260),
      bytes: z
        .instanceof(Uint8Array, { message: 'must be the bytes of the file' })
        .refine((b) => b.byteLength <= MAX_PACK_BYTES, 'the pack is larger than 64 MB'),
    }),
    response: returns<InstallOutcome>(),
  },
  confirmInstall: {
    request: z.strictObject({ token: z.string().min(1).max(100), accept: z.boolean() }),
    response: returns<InstallOutcome>(),
  },
  removePack: {
    request: z.strictObject({ packId, keepSaves: z.boolean(), confirm: z.literal(true) }),
    response: returns<null>(),
  },

  // Save slots.
  lastPlayed: { request: none, response: returns<{ packId: string; slotId: string } | null>() },
  listSlots: { request: z.strictObject({ packId }), response: returns<SlotInfo[]>() },
  renameSlot: {
    request: slotRef.extend({ name: z.string().trim().min(1).max(80) }),
    response: returns<SlotInfo>(),
  },
  deleteSlot: { request: slotRef.extend({ confirm: z.literal(true) }), response: returns<null>() },
  exportSlot: { request: slotRef, response: returns<{ fileName: string; text: string }>() },
  importSlot: {
    request: z.strictObject({ packId, text: z.string().max(32 * 1024 * 1024) }),
    response: returns<SlotInfo>(),
  },
  resetPack: { request: z.strictObject({ packId, confirm: z.literal(true) }), response: returns<number>() },

  // Playing.
  newGame: {
    request: z.strictObject({ packId, name: z.string().max(80).optional() }),
    response: returns<GameView>(),
  },
  openGame: { request: z.strictObject({ packId, slotId: packId.optional() }), response: returns<GameView>() },
  gameView: { request: none, response: returns<GameView>() },
  submitAnswer: {
    request: z.strictObject({ puzzleId: id, answer: z.string().max(2_000) }),
    response: returns<AnswerResult>(),
  },
  submitDeduction: {
    request: z.strictObject({ deductionId: id, submission: submissionSchema }),
    response: returns<DeductionResult>(),
  },
  takeHint: {
    request: z.strictObject({ gateId: id, rung: z.enum(HINT_RUNGS), confirm: z.boolean() }),
    response: returns<{ hint: Hint; progress: GateProgress }>(),
  },
  hintLedger: { request: z.strictObject({ chapterId: id }), response: returns<LedgerLine[]>() },
  /** The player is working on this puzzle or deduction (null: on none): its hint lock is worked through. */
  focusGate: { request: z.strictObject({ gateId: id.nullable() }), response: returns<null>() },
  saveBoard: { request: savedBoardSchema, response: returns<null>() },

  // Notices the engine kept until the window could show them.
  takeNotices: { request: none, response: returns<Notice[]>() },
  saveRecipe: { request: z.strictObject({ puzzleId: id, recipe: recipeSchema }), response: returns<null>() },

  // Dev mode (`resonance pack dev <folder>`): null status and refused calls outside it.
  devStatus: { request: none, response: returns<DevStatus | null>() },
  devPlay: { request: none, response: returns<GameView>() },
  devStartFrom: { request: z.strictObject({ target: id }), response: returns<GameView>() },
  devGraph: { request: none, response: returns<UnlockGraph>() },
  /** Opens a node's source file of the unlock map in the author's editor (a file the map lists, never any path). */
  devOpenSource: {
    request: z.strictObject({
      file: z.string().min(1).max(1_000),
      line: z.number().int().min(0).max(1_000_000),
    }),
    response: returns<null>(),
  },
} as const;

/** Events the main process sends to the renderer, with their payload schemas. */
export const MENU_COMMANDS = [
  'new-game',
  'continue',
  'open-settings',
  'open-packs',
  'install-pack',
  'title',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Notice {
  /** `warning`: something went wrong and was dealt with; `error`: the player must act. */
  kind: 'info' | 'warning' | 'error';
  message: string;
}

export const events = {
  menuCommand: z.enum(MENU_COMMANDS),
  settingsChanged: z.custom<Settings>(),
  /** Packs were installed or removed outside the window (opened from the OS, for example). */
  libraryChanged: z.custom<PackSummary[]>(),
  /** Something the player should read: a pack installed from the OS (info), or why one was refused (error). */
  notice: z.custom<Notice>(),
  /** Dev mode checked the pack folder again: new problems, a reloaded build, reopened gates. */
  devChanged: z.custom<DevStatus>(),
  /** Notices are waiting: the window fetches them with `takeNotices` (the payload is how many). */
  noticesPending: z.custom<number>(),
  /** A pack handed over by the OS would replace an installed one: the player must answer first. */
  installQuestion: z.custom<InstallQuestion>(),
} as const;

export type { BoardState };

export type Contract = typeof contract;
export type Method = keyof Contract;
export type EventName = keyof typeof events;
export type RequestOf<M extends Method> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends Method> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends Method> = Contract[M]['response'];
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methods = Object.keys(contract) as Method[];
export const eventNames = Object.keys(events) as EventName[];

export { channelOf } from './channels';
