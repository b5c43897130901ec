// The desktop app's StoreFactory: electron-store files in the user-data folder.
import { join } from 'node:path';
import { app } from 'electron';
import Store from 'electron-store';
import type { Logger } from '@core/logger';
import { openOrQuarantine } from '@core/safe-store';
import type { KeyValueStore, StoreFactory } from '@core/store';

export function electronStoreFactory(log: Logger): StoreFactory {
  const folder = app.getPath('userData');
  return (name: string): KeyValueStore =>
    openOrQuarantine(
      () =>
        new Store<Record<string, unknown>>({
          name,
          accessPropertiesByDotNotation: false,
          clearInvalidConfig: false,
        }),
      join(folder, `${name}.json`),
      log,
    );
}
