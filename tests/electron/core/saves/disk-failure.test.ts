// A disk that refuses writes (full, or read-only), stood in for by a store whose writes fail with the
// disk's own error code: the player is told the truth, nothing is lost once writing works again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveService } from '@core/saves/save-service';
import { failingDisk, PACK, saveFolder, type FailingDisk, type SaveFolder } from './helpers';

let dir: SaveFolder;
let disk: FailingDisk;
beforeEach(() => {
  dir = saveFolder();
  disk = failingDisk(dir.folder);
});
afterEach(() => dir.cleanup());

const open = () => new SaveService({ stores: disk.stores, now: dir.clock.now });

describe('a disk that refuses writes', () => {
  it('says the save failed because the disk is full, keeps the progress in memory, and writes it once space returns', () => {
    const saves = open();
    const { id } = saves.createSlot(PACK, 'Night shift');
    disk.fail('ENOSPC');
    const kept = saves.updateSlot(PACK, id, (s) => {
      s.solvedGates['gate-1'] = { contentKey: 'AAECAw==', solvedAt: 5 };
    });
    expect(kept.solvedGates['gate-1']).toBeDefined();
    expect(saves.loadSlot(PACK, id).slot.solvedGates['gate-1']).toBeDefined();
    const told = saves.takeNotices();
    expect(told.map((n) => n.kind)).toEqual(['write-failed']);
    expect(told[0]!.message).toMatch(
      /^Could not save 'Night shift': the disk is full\. Your progress is kept in memory/,
    );
    expect(saves.unsaved()).toEqual({
      reason: 'the disk is full',
      slots: [{ packId: PACK, slotId: id, name: 'Night shift' }],
    });
    // Further failures while the disk stays full are not told again.
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 9_000));
    expect(saves.flush()).toBe(0);
    expect(saves.takeNotices()).toEqual([]);
    // Not on disk yet: a restart now would not have it.
    expect(open().loadSlot(PACK, id).slot.solvedGates['gate-1']).toBeUndefined();

    disk.fail(undefined);
    expect(saves.flush()).toBe(1);
    expect(saves.unsaved()).toBeUndefined();
    expect(saves.takeNotices().map((n) => n.message)).toEqual([
      'Saving works again: all your progress is on disk.',
    ]);
    const restarted = open().loadSlot(PACK, id);
    expect(restarted.slot).toMatchObject({ timePlayedMs: 9_000, solvedGates: { 'gate-1': { solvedAt: 5 } } });
    expect(restarted.notices).toEqual([]);
  });

  it('leaves no phantom slot when New Game meets a full disk: the slot is playable from memory and listed on disk only once written', () => {
    disk.fail('ENOSPC');
    const saves = open();
    const slot = saves.createSlot(PACK, 'Fresh start');
    expect(saves.listSlots(PACK).map((s) => s.id)).toEqual([slot.id]);
    expect(saves.loadSlot(PACK, slot.id).slot.name).toBe('Fresh start');
    expect(saves.takeNotices()[0]!.message).toMatch(/^Could not save 'Fresh start': the disk is full/);
    // Nothing on disk names a slot that has no files.
    expect(open().listSlots(PACK)).toEqual([]);
    expect(dir.files().filter((f) => f.startsWith('saves.'))).toEqual([]);

    disk.fail(undefined);
    saves.flush();
    const again = open();
    expect(again.listSlots(PACK).map((s) => s.id)).toEqual([slot.id]);
    expect(again.loadSlot(PACK, slot.id).slot.name).toBe('Fresh start');
  });

  it('names a read-only save folder, and keeps a slot only in memory off the list on disk until its files exist', () => {
    const saves = open();
    const first = saves.createSlot(PACK, 'Written');
    disk.fail('EROFS');
    saves.createSlot(PACK, 'Only in memory');
    expect(saves.takeNotices()[0]!.message).toMatch(/the save folder is on a read-only disk/);
    disk.fail(undefined);
    // Another slot's write rewrites the list, without the slot whose files are not written yet.
    saves.updateSlot(PACK, first.id, (s) => void (s.timePlayedMs = 1));
    const names = () =>
      open()
        .listSlots(PACK)
        .map((s) => s.name)
        .sort();
    expect(names()).toEqual(['Written']);
    saves.flush();
    expect(names()).toEqual(['Only in memory', 'Written']);
  });

  it('does not trust a copy the disk cut short without an error, and removes it', () => {
    const saves = open();
    const { id } = saves.createSlot(PACK, 'Night shift');
    disk.fail('short');
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 7_000));
    expect(saves.takeNotices()[0]!.message).toMatch(/^Could not save 'Night shift': the disk is full\./);
    expect(saves.unsaved()?.slots).toHaveLength(1);
    disk.fail(undefined);
    saves.flush();
    const restarted = open().loadSlot(PACK, id);
    expect(restarted.slot.timePlayedMs).toBe(7_000);
    expect(restarted.notices).toEqual([]);
    expect(dir.files().filter((f) => f.includes('.damaged-'))).toEqual([]);
  });

  it('lets a bug through instead of calling it a full disk', () => {
    const saves = open();
    const { id } = saves.createSlot(PACK, 'Night shift');
    disk.fail('EINVAL');
    expect(() => saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 1))).toThrow(/EINVAL/);
  });
});
