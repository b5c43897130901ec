// The file a player exports a save slot to and imports it from: a format header, the pack it belongs
// to, the slot's format version and a checksum, with a plain error for every way a file can be wrong.
import { UserError } from '@shared/result';
import { checksumOf } from './checksum';
import { readSlot } from './migrations';
import { CURRENT_SAVE_VERSION, type SaveSlot } from './schema';

export const EXPORT_FORMAT = 'resonance-save-export';
const EXPORT_FORMAT_VERSION = 1;
/** A board of many thousand cards stays far below this; anything bigger is not one of our files. */
const MAX_EXPORT_CHARS = 50_000_000;

export function encodeExport(packId: string, slot: SaveSlot, exportedAt: number): string {
  const body = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    packId,
    version: CURRENT_SAVE_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    slot,
  };
  return JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2) + '\n';
}

const REEXPORT = 'Export the slot again from the game and import that file without editing it.';

/** Reads an exported save for `packId`; the result is migrated to the current version. */
export function decodeExport(packId: string, text: string, fileName?: string): SaveSlot {
  const file = fileName ? `The file "${fileName}"` : 'This file';
  const bad = (problem: string, fix: string) => new UserError(`${file} ${problem}. ${fix}`, 'invalid-input');
  if (text.length > MAX_EXPORT_CHARS) {
    throw bad('is too large to be a Resonance save', 'Choose a file made with "Export save".');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    throw bad(
      `is not a Resonance save: it is not valid JSON${why}`,
      'Choose a file made with "Export save".',
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw bad('is not a Resonance save: it holds no save header', 'Choose a file made with "Export save".');
  }
  const doc = parsed as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) {
    const found =
      typeof doc.format === 'string' ? `its "format" field is "${doc.format}"` : 'it has no "format" field';
    throw bad(
      `is not a Resonance save export: ${found}, expected "${EXPORT_FORMAT}"`,
      'Choose a file made with "Export save".',
    );
  }
  if (
    typeof doc.formatVersion !== 'number' ||
    typeof doc.version !== 'number' ||
    !Number.isInteger(doc.version)
  ) {
    throw bad('has a damaged header: "formatVersion" and "version" must be whole numbers', REEXPORT);
  }
  if (doc.formatVersion > EXPORT_FORMAT_VERSION || doc.version > CURRENT_SAVE_VERSION) {
    throw bad(
      `was made by a newer version of Resonance (save format ${doc.version}; this version reads up to ${CURRENT_SAVE_VERSION})`,
      'Update Resonance, then import the file again.',
    );
  }
  if (doc.packId !== packId) {
    const other = typeof doc.packId === 'string' ? `the pack "${doc.packId}"` : 'no pack';
    throw bad(
      `belongs to ${other}, not to "${packId}"`,
      typeof doc.packId === 'string' ? `Open the pack "${doc.packId}" and import it there.` : REEXPORT,
    );
  }
  const { checksum, ...body } = doc;
  if (typeof checksum !== 'string') throw bad('has no "checksum" field, so it cannot be trusted', REEXPORT);
  if (checksum !== checksumOf(body)) {
    throw bad('was changed after it was exported: its checksum does not match its content', REEXPORT);
  }
  const read = readSlot(doc.version, doc.slot, 'slot');
  if (!read.ok) throw bad(`is damaged: ${read.detail}`, REEXPORT);
  return read.slot;
}
