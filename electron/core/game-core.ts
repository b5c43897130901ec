// Assembles the engine: storage, settings, the pack library, saves and the game session, and the router
// that serves every contract call. Hosts (the Electron main process, the browser test host) create one
// and adapt it.
import { join } from 'node:path';
import type { AppInfo, PackSummary } from '../shared/contract';
import type { SlotInfo } from '../shared/game-types';
import { UserError } from '../shared/result';
import { DevGame } from './dev/dev-game';
import { DevLibrary } from './dev/dev-library';
import { DevPack } from './dev/dev-pack';
import { CoreEvents } from './events';
import { PackLibrary } from './library/pack-library';
import type { Logger } from './logger';
import { createRouter, type Router } from './router';
import { SaveService } from './saves/save-service';
import type { SlotSummary } from './saves/schema';
import { GameSession } from './session/game-session';
import { SettingsService } from './settings-service';
import type { StoreFactory } from './store';

/** What only the host can do or know. */
export interface Host {
  info: Omit<AppInfo, 'name'>;
  quit(): void;
  /** Opens a file in the program the OS uses for it (dev mode's "open the source"); absent in a browser. */
  openFile?(path: string): void;
}

export interface CoreOptions {
  stores: StoreFactory;
  log: Logger;
  host: Host;
  /** Folder of the sealed built-in packs (.rpack) shipped with the app. */
  builtinPacksDir: string;
  /** Folder where installed packs are kept; defaults to `packs` in the host's data folder. */
  installedPacksDir?: string;
  now?: () => number;
  /** A clock that only moves forward (ms), for the wrong-answer wait; defaults to performance.now. */
  monotonic?: () => number;
  /** Dev mode: play this unsealed pack folder live (see electron/core/dev). */
  dev?: { folder: string; terminal?: (line: string) => void; watch?: boolean };
}

/** Dev mode's parts, for the host (to stop watching on quit) and for tests. */
export interface DevControl {
  pack: DevPack;
  game: DevGame;
  /** Settles once the first check of the folder is done and the watcher runs. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** Dev mode: wrong answers never make the author wait. */
const NO_WAITS = { freeWrongGuesses: Number.MAX_SAFE_INTEGER, firstWaitMs: 0, maxWaitMs: 0 };

export interface GameCore {
  router: Router;
  events: CoreEvents;
  settings: SettingsService;
  library: PackLibrary;
  saves: SaveService;
  session: GameSession;
  /** Installs a pack file the host was handed (a dialog, the OS, a second instance) and tells the window. */
  installFromHost(path: string): PackSummary | undefined;
  /** Writes anything still pending; called before the host exits and after unexpected errors. */
  flush(): void;
  /** Present in dev mode only. */
  dev?: DevControl;
}

const slotInfo = ({
  id,
  name,
  createdAt,
  updatedAt,
  timePlayedMs,
  chapterReached,
}: SlotSummary): SlotInfo => ({
  id,
  name,
  createdAt,
  updatedAt,
  timePlayedMs,
  chapterReached,
});

export function createGameCore(options: CoreOptions): GameCore {
  const { stores, log, host } = options;
  const events = new CoreEvents();
  const settings = new SettingsService(stores('settings'), log);
  const installDir = options.installedPacksDir ?? join(host.info.dataFolder, 'packs');
  const devPack =
    options.dev && new DevPack({ folder: options.dev.folder, log, terminal: options.dev.terminal });
  const library = devPack
    ? new DevLibrary(devPack, options.builtinPacksDir, installDir, log)
    : new PackLibrary(options.builtinPacksDir, installDir, log);
  const saves = new SaveService({ stores, now: options.now });
  // Timed puzzles are untimed in dev mode, whatever the settings say.
  const currentSettings = () => (devPack ? { ...settings.get(), timers: false } : settings.get());
  const session = new GameSession({
    library,
    saves,
    settings: currentSettings,
    memory: stores('session'),
    log,
    now: options.now,
    monotonic: options.monotonic,
    ...(devPack ? { throttle: NO_WAITS } : {}),
  });
  const devGame =
    devPack && new DevGame({ dev: devPack, session, saves, events, log, memory: stores('dev') });
  const requireDev = (): DevGame => {
    if (!devGame)
      throw new UserError(
        'This is not a dev build: start one with "resonance pack dev <folder>".',
        'conflict',
      );
    return devGame;
  };
  const listPacks = () => library.list((id, pack) => session.packProgress(id, pack));
  const findSlot = (packId: string, slotId: string): SlotInfo => {
    const found = saves.listSlots(packId).find((s) => s.id === slotId);
    if (!found)
      throw new UserError(
        'That save slot no longer exists: choose another on the Packs screen.',
        'not-found',
      );
    return slotInfo(found);
  };

  const router = createRouter(
    {
      getAppInfo: () => ({ name: 'Resonance', ...host.info }),
      getSettings: currentSettings,
      updateSettings: (patch) => {
        const next = settings.update(patch);
        events.emit('settingsChanged', next);
        return next;
      },
      quit: () => {
        host.quit();
        return null;
      },

      listPacks,
      installPack: ({ fileName, base64 }) =>
        library.install(new Uint8Array(Buffer.from(base64, 'base64')), `"${fileName}"`),
      removePack: ({ packId, keepSaves }) => {
        library.remove(packId);
        if (!keepSaves) saves.resetPack(packId, { confirm: true });
        return null;
      },

      lastPlayed: () => session.lastPlayed(),
      listSlots: ({ packId }) => saves.listSlots(packId).map(slotInfo),
      renameSlot: ({ packId, slotId, name }) => slotInfo(saves.renameSlot(packId, slotId, name)),
      deleteSlot: ({ packId, slotId }) => {
        saves.deleteSlot(packId, slotId);
        return null;
      },
      exportSlot: ({ packId, slotId }) => {
        const slot = findSlot(packId, slotId);
        const safeName =
          slot.name
            .replace(/[^\p{L}\p{N} _-]+/gu, '')
            .trim()
            .replace(/\s+/g, '-') || 'save';
        return {
          fileName: `${packId}-${safeName}.resonance-save.json`,
          text: saves.exportSlot(packId, slotId),
        };
      },
      importSlot: ({ packId, text }) => {
        library.open(packId);
        const slot = saves.importSlot(packId, text);
        return findSlot(packId, slot.id);
      },
      resetPack: ({ packId }) => saves.resetPack(packId, { confirm: true }),

      newGame: ({ packId, name }) => session.newGame(packId, name),
      openGame: ({ packId, slotId }) => session.open(packId, slotId),
      gameView: () => session.view(),
      submitAnswer: async ({ puzzleId, answer }) => {
        const result = await session.answer(puzzleId, answer);
        devGame?.record(puzzleId, { kind: 'answer', answer }, result);
        return result;
      },
      submitDeduction: async ({ deductionId, submission }) => {
        const result = await session.deduce(deductionId, submission);
        devGame?.record(deductionId, { kind: 'deduction', submission }, result);
        return result;
      },
      takeHint: ({ gateId, rung, confirm }) => session.takeHint(gateId, rung, confirm),
      hintLedger: ({ chapterId }) => session.ledger(chapterId),
      focusGate: ({ gateId }) => session.focusGate(gateId),
      saveBoard: (board) => {
        session.saveBoard(board);
        return null;
      },
      saveRecipe: ({ puzzleId, recipe }) => {
        session.saveRecipe(puzzleId, recipe);
        return null;
      },

      devStatus: () => devGame?.status() ?? null,
      devPlay: () => requireDev().play(),
      devStartFrom: ({ target }) => requireDev().startFrom(target),
      devGraph: () => requireDev().graph(),
      devOpenSource: ({ file }) => {
        const path = requireDev().sourcePath(file);
        if (!host.openFile)
          throw new UserError(`Open ${file} in your editor yourself: this window cannot open files.`);
        host.openFile(path);
        return null;
      },
    },
    log,
  );

  return {
    router,
    events,
    settings,
    library,
    saves,
    session,
    installFromHost(path) {
      try {
        const summary = library.installFile(path);
        events.emit('libraryChanged', listPacks());
        events.emit('notice', { kind: 'info', message: `Installed “${summary.title}” ${summary.version}.` });
        return summary;
      } catch (error) {
        const message = error instanceof UserError ? error.message : 'That pack could not be installed.';
        if (!(error instanceof UserError)) log.error(`Installing ${path} failed.`, error);
        events.emit('notice', { kind: 'error', message });
        return undefined;
      }
    },
    flush: () => {
      saves.flush();
    },
    ...(devPack && devGame
      ? {
          dev: {
            pack: devPack,
            game: devGame,
            ready: devPack.rebuild().then(() => (options.dev?.watch === false ? undefined : devPack.watch())),
            close: () => devPack.close(),
          },
        }
      : {}),
  };
}
