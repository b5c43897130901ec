// Assembles the engine: storage, settings, the pack library, saves and the game session, and the router
// that serves every contract call. Hosts (the Electron main process, the browser test host) create one
// and adapt it.
import { join } from 'node:path';
import type { AppInfo, PackSummary } from '../shared/contract';
import type { SlotInfo } from '../shared/game-types';
import { UserError } from '../shared/result';
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
}

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
  const library = new PackLibrary(
    options.builtinPacksDir,
    options.installedPacksDir ?? join(host.info.dataFolder, 'packs'),
    log,
  );
  const saves = new SaveService({ stores, now: options.now });
  const session = new GameSession({
    library,
    saves,
    settings: () => settings.get(),
    memory: stores('session'),
    log,
    now: options.now,
    monotonic: options.monotonic,
  });
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
      getSettings: () => settings.get(),
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
      submitAnswer: ({ puzzleId, answer }) => session.answer(puzzleId, answer),
      submitDeduction: ({ deductionId, submission }) => session.deduce(deductionId, submission),
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
  };
}
