// Assembles the engine: storage, settings, the pack library, saves and the game session, and the router
// that serves every contract call. Hosts (the Electron main process, the browser test host) create one
// and adapt it.
import { join } from 'node:path';
import type { AppInfo, InstallOutcome, Notice, PackSummary } from '@shared/contract';
import type { GameView, SlotInfo } from '@shared/game-types';
import { UserError } from '@shared/result';
import { DevGame } from './dev/dev-game';
import { DevLibrary } from './dev/dev-library';
import { DevPack } from './dev/dev-pack';
import { CoreEvents } from './events';
import { Installer } from './library/installer';
import { PackLibrary } from './library/pack-library';
import type { Logger } from './logger';
import { createRouter, type Router } from './router';
import { unopenable } from './safe-store';
import { isDiskError } from './saves/disk-errors';
import type { SaveNotice } from './saves/notices';
import { SaveService, type UnsavedProgress } from './saves/save-service';
import type { SlotSummary } from './saves/schema';
import { GameSession } from './session/game-session';
import { SettingsService } from './settings-service';
import type { KeyValueStore, StoreFactory } from './store';

/** What only the host can do or know. */
export interface Host {
  info: Omit<AppInfo, 'name'>;
  quit(): void;
  /**
   * Opens a pack source for dev mode's "open the source": at the line in the author's editor when one is set
   * (see core/shell/editor.ts), else in the program the OS uses for it. Absent in a browser.
   */
  openFile?(path: string, line: number): 'editor' | 'system';
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
  installer: Installer;
  /**
   * Installs a pack file the host was handed (a dialog, the OS, a second instance) and tells the window;
   * a pack that would replace an installed one is only asked about (the `installQuestion` event).
   */
  installFromHost(path: string): PackSummary | undefined;
  /**
   * Writes anything still pending; called before the host exits and after unexpected errors. Returns
   * what only memory still holds because the disk refused it, so the host can warn before quitting.
   */
  flush(): UnsavedProgress | undefined;
  /** Stops retrying failed writes (for hosts and tests that dispose of the engine). */
  dispose(): void;
  /** Present in dev mode only. */
  dev?: DevControl;
}

/** How often writes the disk refused are tried again. */
const RETRY_MS = 5_000;

const noticeKind: Record<SaveNotice['kind'], Notice['kind']> = {
  restored: 'warning',
  'backup-set-aside': 'info',
  lost: 'error',
  'write-failed': 'error',
  'saved-again': 'info',
};

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
  const { log, host } = options;
  const events = new CoreEvents();
  const coreNotices: Notice[] = [];
  const tell = (notice: Notice) => {
    coreNotices.push(notice);
    events.emit('noticesPending', coreNotices.length);
  };
  // The engine must start even when a store cannot be opened at all (a read-only or missing data
  // folder): such a store reads as empty and refuses writes, and the player is told.
  const stores: StoreFactory = (name) => {
    try {
      return options.stores(name);
    } catch (error) {
      log.error(`Could not open the store "${name}".`, error);
      return unopenable(join(host.info.dataFolder, `${name}.json`), error, log);
    }
  };
  const settings = new SettingsService(stores('settings'), log);
  const installDir = options.installedPacksDir ?? join(host.info.dataFolder, 'packs');
  const devPack =
    options.dev && new DevPack({ folder: options.dev.folder, log, terminal: options.dev.terminal });
  const library = devPack
    ? new DevLibrary(devPack, options.builtinPacksDir, installDir, log)
    : new PackLibrary(options.builtinPacksDir, installDir, log);
  let retry: ReturnType<typeof setInterval> | undefined;
  const retryWrites = () => {
    if (!saves.unsaved()) {
      clearInterval(retry);
      retry = undefined;
      return;
    }
    saves.flush();
  };
  const saves: SaveService = new SaveService({
    stores,
    now: options.now,
    onNotice: (notice) => {
      if (notice.kind === 'write-failed' && !retry) {
        retry = setInterval(retryWrites, RETRY_MS);
        retry.unref?.();
      }
      events.emit('noticesPending', coreNotices.length + 1);
    },
  });
  // Timed puzzles are untimed in dev mode, whatever the settings say.
  const currentSettings = () => (devPack ? { ...settings.get(), timers: false } : settings.get());
  const sessionStore = stores('session');
  const session = new GameSession({
    library,
    saves,
    settings: currentSettings,
    memory: rememberInMemory(sessionStore, log),
    log,
    now: options.now,
    monotonic: options.monotonic,
    ...(devPack ? { throttle: NO_WAITS } : {}),
  });
  const installer = new Installer({
    library,
    saves,
    forgetGame: (packId) => session.forget(packId),
    log,
    now: options.now,
  });
  const takeNotices = (): Notice[] => {
    const out: Notice[] = [
      ...settings.takeNotices().map((message) => ({ kind: 'warning' as const, message })),
      ...coreNotices.splice(0),
      ...saves.takeNotices().map((n) => ({ kind: noticeKind[n.kind], message: n.message })),
    ];
    return out;
  };
  // What opening a game has to say (gates a new version reopened) joins the notice area, shown once.
  const shown = (view: GameView): GameView => {
    for (const message of view.notices) tell({ kind: 'warning', message });
    return { ...view, notices: [] };
  };
  const installed = (outcome: InstallOutcome): InstallOutcome => {
    if (outcome.kind === 'installed') events.emit('libraryChanged', listPacks());
    return outcome;
  };
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
      installPack: ({ fileName, bytes }) => installed(installer.offer(bytes, fileName)),
      confirmInstall: ({ token, accept }) => installed(installer.answer(token, accept)),
      removePack: ({ packId, keepSaves }) => {
        library.remove(packId);
        session.forget(packId);
        if (!keepSaves) saves.resetPack(packId, { confirm: true });
        return null;
      },

      lastPlayed: () => session.lastPlayed(),
      listSlots: ({ packId }) => saves.listSlots(packId).map(slotInfo),
      renameSlot: ({ packId, slotId, name }) => slotInfo(saves.renameSlot(packId, slotId, name)),
      deleteSlot: ({ packId, slotId }) => {
        session.forget(packId, slotId);
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
      resetPack: ({ packId }) => {
        session.forget(packId);
        return saves.resetPack(packId, { confirm: true });
      },

      newGame: async ({ packId, name }) => shown(await session.newGame(packId, name)),
      openGame: async ({ packId, slotId }) => shown(await session.open(packId, slotId)),
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
      hintLedger: ({ chapterId }) => {
        if (!session.view().chapters.some((c) => c.id === chapterId))
          throw new UserError(
            `This pack has no chapter "${chapterId.slice(0, 80)}": ask for the ledger of one of its chapters.`,
            'not-found',
          );
        return session.ledger(chapterId);
      },
      focusGate: ({ gateId }) => session.focusGate(gateId),
      saveBoard: (board) => {
        session.saveBoard(board);
        return null;
      },
      saveRecipe: ({ puzzleId, recipe }) => {
        session.saveRecipe(puzzleId, recipe);
        return null;
      },
      takeNotices: () => takeNotices(),

      devStatus: () => devGame?.status() ?? null,
      devPlay: () => requireDev().play(),
      devStartFrom: ({ target }) => requireDev().startFrom(target),
      devGraph: () => requireDev().graph(),
      devOpenSource: ({ file, line }) => {
        const path = requireDev().sourcePath(file);
        if (!host.openFile)
          throw new UserError(
            `Open ${file} at line ${line} in your editor yourself: this window cannot open files.`,
          );
        if (host.openFile(path, line) === 'system')
          options.dev?.terminal?.(
            `Opened ${file}; to land on line ${line}, set RESONANCE_EDITOR (for example "code --goto {file}:{line}") or VISUAL.`,
          );
        return null;
      },
    },
    log,
  );

  if (sessionStore.inMemory)
    tell({
      kind: 'error',
      message: `Resonance cannot write to its data folder ${host.info.dataFolder} (${sessionStore.inMemory.reason}). You can play, but nothing is saved when you quit: make the folder writable, then start Resonance again.`,
    });

  return {
    router,
    events,
    settings,
    library,
    saves,
    session,
    installer,
    installFromHost(path) {
      try {
        const { bytes, name } = library.readFile(path);
        const outcome = installer.offer(bytes, name);
        if (outcome.kind === 'ask') {
          events.emit('installQuestion', outcome.question);
          return undefined;
        }
        if (outcome.kind === 'unchanged') {
          events.emit('notice', { kind: 'info', message: outcome.message });
          return undefined;
        }
        events.emit('libraryChanged', listPacks());
        events.emit('notice', { kind: 'info', message: outcome.message });
        return outcome.pack;
      } catch (error) {
        const message = error instanceof UserError ? error.message : 'That pack could not be installed.';
        if (!(error instanceof UserError)) log.error(`Installing ${path} failed.`, error);
        events.emit('notice', { kind: 'error', message });
        return undefined;
      }
    },
    flush: () => {
      saves.flush();
      return saves.unsaved();
    },
    dispose: () => {
      clearInterval(retry);
      retry = undefined;
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

/**
 * The session's small memory (last game played, wrong-answer waits, hint locks) kept working on a disk
 * that refuses writes: a refused value lives on in memory for this run, and the refusal is logged.
 */
function rememberInMemory(store: KeyValueStore, log: Logger): KeyValueStore {
  const held = new Map<string, unknown>();
  return {
    get: (key) => (held.has(key) ? held.get(key) : store.get(key)),
    has: (key) => held.has(key) || store.has(key),
    set: (key, value) => {
      try {
        store.set(key, value);
        held.delete(key);
      } catch (error) {
        if (!isDiskError(error)) throw error;
        log.warn(`Could not write "${key}" to ${store.path}; it is kept in memory.`, error);
        held.set(key, value);
      }
    },
    delete: (key) => {
      held.delete(key);
      try {
        store.delete(key);
      } catch (error) {
        if (!isDiskError(error)) throw error;
        held.set(key, undefined);
      }
    },
    path: store.path,
  };
}
