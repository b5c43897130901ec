import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksumOf } from '@core/saves/checksum';
import { UserError } from '@shared/result';
import { PACK, saveFolder, type SaveFolder } from './helpers';

const fixtures = join(import.meta.dirname, '../../../fixtures/saves/exports');

let dir: SaveFolder;
beforeEach(() => {
  dir = saveFolder();
});
afterEach(() => dir.cleanup());

function exported(): { text: string; id: string } {
  const saves = dir.open();
  const { id } = saves.createSlot(PACK, 'Night shift');
  saves.updateSlot(PACK, id, (s) => {
    s.solvedGates['gate-1'] = { contentKey: 'AAECAw==', solvedAt: 7 };
    s.board.nodes.push({ id: 'n1', kind: 'clue', x: 1, y: 2 });
    s.timePlayedMs = 5000;
  });
  return { text: saves.exportSlot(PACK, id), id };
}

/** Re-signs an edited export, as a careful forger would; the checks after the checksum must still hold. */
function resign(doc: Record<string, unknown>): string {
  const { checksum: _drop, ...body } = doc;
  return JSON.stringify({ ...body, checksum: checksumOf(body) });
}

function importError(text: string, fileName?: string): UserError {
  try {
    dir.open().importSlot(PACK, text, fileName ? { fileName } : {});
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('the import was accepted');
}

describe('export and import', () => {
  it('round-trips a slot into a new slot with the same progress', () => {
    const { text, id } = exported();
    const header = JSON.parse(text) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: 'resonance-save-export',
      formatVersion: 1,
      packId: PACK,
      version: 2,
    });
    expect(header.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const saves = dir.open();
    const imported = saves.importSlot(PACK, text);
    expect(imported.id).not.toBe(id);
    expect(imported.name).toBe('Night shift (imported 1)');
    const original = saves.loadSlot(PACK, id).slot;
    expect({ ...imported, id: original.id, name: original.name }).toEqual(original);
    expect(dir.open().listSlots(PACK)).toHaveLength(2);
  });

  it('writes pending changes before exporting', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'A');
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 77), { defer: true });
    const text = saves.exportSlot(PACK, id);
    expect((JSON.parse(text) as { slot: { timePlayedMs: number } }).slot.timePlayedMs).toBe(77);
    expect(saves.pendingWrites()).toBe(0);
  });

  it('imports files exported by every earlier format version', () => {
    const saves = dir.open();
    const v1 = saves.importSlot(PACK, readFileSync(join(fixtures, 'v1-export.json'), 'utf8'));
    expect(v1.hints.taken['gate-vigenere-1']).toBe(2);
    expect(v1.name).toBe('Night shift');
    const v2 = saves.importSlot(PACK, readFileSync(join(fixtures, 'v2-export.json'), 'utf8'));
    expect(v2.deductionAttempts).toEqual({ 'ded-harbour': 2 });
  });

  it('accepts a file with a byte order mark in front', () => {
    const { text } = exported();
    expect(dir.open().importSlot(PACK, '\uFEFF' + text).timePlayedMs).toBe(5000);
  });

  it.each([
    [
      'text that is not JSON',
      () => 'hello',
      /^The file "save\.json" is not a Resonance save: it is not valid JSON \(.+\)\. Choose a file made with "Export save"\.$/,
    ],
    [
      'a JSON array',
      () => '[1,2]',
      /^The file "save\.json" is not a Resonance save: it holds no save header\./,
    ],
    [
      "another program's JSON",
      () => JSON.stringify({ format: 'jsoncanvas', nodes: [] }),
      /^The file "save\.json" is not a Resonance save export: its "format" field is "jsoncanvas", expected "resonance-save-export"\. Choose a file made with "Export save"\.$/,
    ],
    ['JSON with no format field', () => '{}', /it has no "format" field/],
  ])('says what is wrong with %s', (_what, make, message) => {
    expect(importError(make(), 'save.json').message).toMatch(message);
  });

  it('refuses a save of another pack and names both packs', () => {
    const { text } = exported();
    const doc = JSON.parse(text) as Record<string, unknown>;
    const error = importError(resign({ ...doc, packId: 'starter-pack' }));
    expect(error.message).toBe(
      'This file belongs to the pack "starter-pack", not to "neos-2148". Open the pack "starter-pack" and import it there.',
    );
  });

  it('refuses a save from a newer version and says to update', () => {
    const { text } = exported();
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(importError(resign({ ...doc, version: 3 })).message).toBe(
      'This file was made by a newer version of Resonance (save format 3; this version reads up to 2). Update Resonance, then import the file again.',
    );
  });

  it('refuses a file edited after export', () => {
    const { text } = exported();
    const edited = text.replace('"timePlayedMs": 5000', '"timePlayedMs": 5001');
    expect(edited).not.toBe(text);
    expect(importError(edited).message).toBe(
      'This file was changed after it was exported: its checksum does not match its content. Export the slot again from the game and import that file without editing it.',
    );
  });

  it('refuses a file without a checksum', () => {
    const doc = JSON.parse(exported().text) as Record<string, unknown>;
    delete doc.checksum;
    expect(importError(JSON.stringify(doc)).message).toMatch(
      /^This file has no "checksum" field, so it cannot be trusted\./,
    );
  });

  it('names the damaged field of a re-signed file with impossible content', () => {
    const doc = JSON.parse(exported().text) as { slot: { board: { nodes: Array<{ x: unknown }> } } };
    doc.slot.board.nodes[0]!.x = 'left';
    expect(importError(resign(doc as unknown as Record<string, unknown>)).message).toMatch(
      /^This file is damaged: the field "slot\.board\.nodes\.0\.x" is wrong \(.+\)\. Export the slot again/,
    );
  });

  it('never adds a slot when the import fails', () => {
    importError('nope');
    expect(dir.open().listSlots(PACK)).toEqual([]);
  });
});
