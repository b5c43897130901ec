import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSlot, UNKNOWN_CHAPTER, v1ToV2 } from '@core/saves/migrations';
import { CURRENT_SAVE_VERSION, slotSchemaV1, type SaveSlotV1 } from '@core/saves/schema';
import { PACK, saveFolder, type SaveFolder } from './helpers';

const fixtures = join(import.meta.dirname, '../../../fixtures/saves');

let dir: SaveFolder;
beforeEach(() => {
  dir = saveFolder();
});
afterEach(() => dir.cleanup());

function install(version: string): void {
  cpSync(join(fixtures, version), dir.folder, { recursive: true });
}

const v1Slot = (): SaveSlotV1 =>
  slotSchemaV1.parse(
    (
      JSON.parse(readFileSync(join(fixtures, 'v1/saves.neos-2148.slot.a1b2c3d4e5.0.json'), 'utf8')) as {
        copy: { data: unknown };
      }
    ).copy.data,
  );

describe('save format migrations', () => {
  it('has a fixture folder for every format version up to the current one', () => {
    const versions = readdirSync(fixtures).filter((d) => /^v\d+$/.test(d));
    expect(versions.sort()).toEqual(Array.from({ length: CURRENT_SAVE_VERSION }, (_, i) => `v${i + 1}`));
  });

  it('opens a format 1 save from disk and brings every field to the current format', () => {
    install('v1');
    const saves = dir.open();
    expect(saves.listSlots(PACK).map((s) => s.name)).toEqual(['Night shift']);
    const { slot, notices } = saves.loadSlot(PACK, 'a1b2c3d4e5');
    expect(notices).toEqual([]);
    expect(slot).toMatchObject({
      id: 'a1b2c3d4e5',
      name: 'Night shift',
      solvedGates: { 'gate-caesar-intro': { contentKey: 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=' } },
      unlockedFiles: ['kai-log-0417', 'mira-note'],
      timePlayedMs: 1_234_567,
      chapterReached: 'ch-2',
      deductionAttempts: {},
    });
    expect(slot.hints.taken).toEqual({ 'gate-vigenere-1': 2, 'gate-atbash': 1, 'gate-odd': 3 });
    expect(slot.hints.ledger['ch-2']!.map((e) => `${e.gateId}:${e.rung}`)).toEqual([
      'gate-vigenere-1:nudge',
      'gate-vigenere-1:method',
      'gate-atbash:nudge',
      'gate-odd:pinpoint',
    ]);
    expect(slot.guesses['gate-vigenere-1']).toEqual({ count: 4, seen: [], lastWrongAt: 0, waitUntil: 0 });
    expect(slot.board.nodes).toHaveLength(3);
  });

  it('writes a migrated save back in the current format, leaving older copies readable', () => {
    install('v1');
    const saves = dir.open();
    saves.updateSlot(PACK, 'a1b2c3d4e5', (s) => void (s.timePlayedMs += 1000));
    const written = dir
      .files()
      .filter((f) => f.startsWith(`saves.${PACK}.slot.`))
      .map((f) => {
        const copy = (
          JSON.parse(readFileSync(dir.file(f), 'utf8')) as { copy: { version: number; seq: number } }
        ).copy;
        return [copy.seq, copy.version];
      });
    expect(written.sort()).toEqual([
      [7, 1],
      [8, CURRENT_SAVE_VERSION],
    ]);
    expect(dir.open().loadSlot(PACK, 'a1b2c3d4e5').slot.timePlayedMs).toBe(1_235_567);
  });

  it('opens a format 2 save unchanged', () => {
    install('v2');
    const { slot } = dir.open().loadSlot(PACK, 'f0e1d2c3b4');
    expect(slot.hints.taken).toEqual({ 'gate-vigenere-1': 2 });
    expect(slot.guesses['gate-vigenere-1']!.count).toBe(3);
    expect(slot.deductionAttempts).toEqual({ 'ded-harbour': 2 });
  });

  it('moves format 1 hints with no chapter into a ledger of their own', () => {
    const migrated = v1ToV2({ ...v1Slot(), chapter: '' });
    expect(Object.keys(migrated.hints.ledger)).toEqual([UNKNOWN_CHAPTER]);
    expect(migrated.chapterReached).toBeNull();
  });

  it('gives a format 1 save without hints an empty ledger', () => {
    const migrated = v1ToV2({ ...v1Slot(), hints: [] });
    expect(migrated.hints).toEqual({ taken: {}, ledger: {} });
  });

  it('names the field that stops an old save from being read', () => {
    const outcome = readSlot(1, { ...v1Slot(), guesses: { g: -1 } });
    expect(outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(outcome.ok ? '' : outcome.detail).toMatch(/^the field "guesses\.g" is wrong/);
  });

  it('refuses formats that never existed or are newer than this build', () => {
    expect(readSlot(0, {})).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(readSlot(CURRENT_SAVE_VERSION + 1, {})).toMatchObject({ ok: false, reason: 'future' });
  });
});
