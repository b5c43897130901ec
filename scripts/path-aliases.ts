// The import aliases for electron/shared and electron/core, read by every Vite and Vitest config (tsconfig.base.json has the same).
import { resolve } from 'node:path';

/**
 * Alias → folder it stands for, for Vite's `resolve.alias`. The project root is passed in because
 * config loaders bundle this file elsewhere, where its own location means nothing.
 */
export const pathAliases = (root: string): Record<string, string> => ({
  '@shared': resolve(root, 'electron/shared'),
  '@core': resolve(root, 'electron/core'),
});
