// A StoreFactory over `conf` for hosts without Electron: the CLI, tests and the browser end-to-end host.
import Conf from 'conf';
import type { KeyValueStore, StoreFactory } from './store';

export function confStoreFactory(folder: string): StoreFactory {
  return (name: string): KeyValueStore =>
    new Conf<Record<string, unknown>>({
      cwd: folder,
      configName: name,
      projectName: 'resonance',
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
}
