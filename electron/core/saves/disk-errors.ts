// Tells a failing disk (full, read-only, refused) from a bug, and says what went wrong in the player's words.

const DISK_CODES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the save folder is on a read-only disk',
  EACCES: 'Resonance is not allowed to write to the save folder',
  EPERM: 'Resonance is not allowed to write to the save folder',
  EIO: 'the disk reported a read or write error',
  EBUSY: 'the save file is locked by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
};

/** The error's errno code when it is a failure of the disk rather than of the game. */
export function diskErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(DISK_CODES, code) ? code : undefined;
}

export const isDiskError = (error: unknown): boolean => diskErrorCode(error) !== undefined;

/** "the disk is full", for a sentence such as "Could not save: the disk is full." */
export function describeDiskError(error: unknown): string {
  const code = diskErrorCode(error);
  return code ? DISK_CODES[code]! : 'the save file could not be written';
}
