// Moving a pack's save files, all or none, into a folder of their own beside the saves, so another pack
// under the same id starts afresh and can never write over them.
import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@shared/result';
import { describeDiskError, isDiskError } from './disk-errors';

/** Moves `files` from `folder` to `kept-saves/<name>-<time>/` in it; returns that folder. */
export function moveSavesApart(
  folder: string,
  files: string[],
  name: string,
  now: number,
  packId: string,
): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const target = join(folder, 'kept-saves', `${name}-${stamp}`);
  const moved: string[] = [];
  try {
    mkdirSync(target, { recursive: true });
    for (const file of files) {
      renameSync(join(folder, file), join(target, file));
      moved.push(file);
    }
  } catch (error) {
    // All or nothing: the saves stay together where the game finds them.
    for (const file of moved) renameSync(join(target, file), join(folder, file));
    if (!isDiskError(error)) throw error;
    throw new UserError(
      `The saves of "${packId}" could not be kept apart: ${describeDiskError(error)}. Nothing was replaced.`,
      'conflict',
    );
  }
  return target;
}
