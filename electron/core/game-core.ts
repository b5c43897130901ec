// Assembles the engine: storage, settings, packs and the router that serves every contract call.
// Hosts (the Electron main process, the browser test host, the CLI) create one and adapt it.
import type { AppInfo } from '../shared/contract';
import { CoreEvents } from './events';
import { PackLibrary } from './library/pack-library';
import type { Logger } from './logger';
import { createRouter, type Router } from './router';
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
  builtinPacksDir: string;
}

export interface GameCore {
  router: Router;
  events: CoreEvents;
  settings: SettingsService;
  /** Writes anything still pending; called before the host exits. */
  flush(): void;
}

export function createGameCore(options: CoreOptions): GameCore {
  const { stores, log, host } = options;
  const events = new CoreEvents();
  const settings = new SettingsService(stores('settings'), log);
  const library = new PackLibrary(options.builtinPacksDir, log);

  const router = createRouter(
    {
      getAppInfo: () => ({ name: 'Resonance', ...host.info }),
      getSettings: () => settings.get(),
      updateSettings: (patch) => {
        const next = settings.update(patch);
        events.emit('settingsChanged', next);
        return next;
      },
      listPacks: () => library.list(),
      quit: () => {
        host.quit();
        return null;
      },
    },
    log,
  );

  return { router, events, settings, flush: () => undefined };
}
