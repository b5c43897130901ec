// A StoreFactory over `conf` for hosts without Electron: the CLI, tests and the browser end-to-end host.
import { join } from 'node:path';
import Conf from 'conf';
import type { Logger } from './logger';
import { openOrQuarantine } from './safe-store';
import type { KeyValueStore, StoreFactory } from './store';

export function confStoreFactory(folder: string, log?: Logger): StoreFactory {
  return (name: string): KeyValueStore => {
    const open = () =>
      new Conf<Record<string, unknown>>({
        cwd: folder,
        configName: name,
        projectName: 'resonance',
        accessPropertiesByDotNotation: false,
        clearInvalidConfig: false,
      });
    return log ? openOrQuarantine(open, join(folder, `${name}.json`), log) : open();
  };
}
