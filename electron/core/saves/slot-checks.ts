// The checks every save call makes on what it is given: path-safe ids, a save's name, its size.
import { randomBytes } from 'node:crypto';
import { UserError } from '@shared/result';
import { SAVE_LIMITS } from '@shared/save-limits';
import { SAFE_ID_PATTERN, type SaveSlot } from './schema';

export function newSlotId(): string {
  return randomBytes(5).toString('hex');
}

/** Pack ids become parts of file names: the pattern and the 64-character limit keep them path-safe. */
export function checkPackId(packId: string): void {
  if (typeof packId !== 'string' || packId.length > 64 || !SAFE_ID_PATTERN.test(packId)) {
    throw new UserError(
      `"${String(packId).slice(0, 80)}" is not a pack id. Pack ids use at most 64 lowercase letters, digits and single hyphens.`,
    );
  }
}

export function checkSlotId(slotId: string): void {
  if (typeof slotId !== 'string' || slotId.length > 64 || !SAFE_ID_PATTERN.test(slotId)) {
    throw new UserError(`"${String(slotId)}" is not a save slot id. Pick a slot from the list of saves.`);
  }
}

export function checkName(name: string): string {
  const clean = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (clean.length === 0) throw new UserError('A save needs a name. Type at least one letter.');
  if (clean.length > 80)
    throw new UserError(
      `A save name can be at most 80 characters; this one has ${clean.length}. Shorten it.`,
    );
  return clean;
}

export function checkSlotSize(slot: SaveSlot): void {
  const text = JSON.stringify(slot);
  // A UTF-8 character takes at most three bytes: most saves are settled by their length alone.
  if (text.length * 3 <= SAVE_LIMITS.maxSlotBytes) return;
  const bytes = Buffer.byteLength(text);
  if (bytes > SAVE_LIMITS.maxSlotBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    throw new UserError(
      `This save would take ${mb(bytes)} MB, more than the ${mb(SAVE_LIMITS.maxSlotBytes)} MB a save may hold. Remove cards or notes from the board, then try again.`,
    );
  }
}

export function notFound(packId: string, slotId: string): UserError {
  return new UserError(
    `There is no save "${slotId}" for "${packId}". Pick a slot from the list of saves.`,
    'not-found',
  );
}
