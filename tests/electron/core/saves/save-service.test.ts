import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { memoryLogger } from '@core/logger';
import { UserError } from '@shared/result';
import { checksumOf } from '@core/saves/checksum';
import { clockTime, SaveService } from '@core/saves/save-service';
import { PACK, saveFolder, type SaveFolder } from './helpers';

let dir: SaveFolder;
beforeEach(() => {
  dir = saveFolder();
});
afterEach(() => dir.cleanup());

const slotFile = (slotId: string, n: number) => `saves.${PACK}.slot.${slotId}.${n}.json`;
const readCopy = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { copy: { seq: number; data: { timePlayedMs: number } } }).copy;

/** Makes a slot with `writes` saves after the first; returns its id. */
function slotWithWrites(writes: number, name = 'Night shift'): string {
  const saves = dir.open();
  const { id } = saves.createSlot(PACK, name);
  for (let i = 1; i <= writes; i++) {
    dir.clock.advance(60_000);
    saves.updateSlot(PACK, id, (s) => {
      s.timePlayedMs = i * 1000;
    });
  }
  return id;
}

describe('save slots', () => {
  it('creates named slots that a fresh service lists, newest first', () => {
    const saves = dir.open();
    const a = saves.createSlot(PACK, '  First   run ');
    dir.clock.advance(1000);
    const b = saves.createSlot(PACK, 'Second run');
    expect(a.name).toBe('First run');
    expect(a.id).not.toBe(b.id);
    const listed = dir.open().listSlots(PACK);
    expect(listed.map((s) => s.name)).toEqual(['Second run', 'First run']);
    expect(listed[1]).toMatchObject({ id: a.id, timePlayedMs: 0, chapterReached: null });
  });

  it('keeps each pack apart', () => {
    const saves = dir.open();
    saves.createSlot(PACK, 'Mine');
    saves.createSlot('starter-pack', 'Other');
    expect(
      dir
        .open()
        .listSlots(PACK)
        .map((s) => s.name),
    ).toEqual(['Mine']);
  });

  it('loads exactly what was saved, after a restart', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'Night shift');
    saves.updateSlot(PACK, id, (s) => {
      s.solvedGates['gate-1'] = { contentKey: 'AAECAw==', solvedAt: 5 };
      s.unlockedFiles.push('kai-log-0417');
      s.recipes['p-1'] = [{ id: 'caesar', direction: 'decrypt', params: { shift: 3, alphabet: ['a', 'b'] } }];
      s.board.nodes.push({ id: 'n1', kind: 'clue', clueId: 'c1', x: 1.5, y: -2, colour: 'teal' });
      s.deductionAttempts['d-1'] = 2;
      s.timePlayedMs = 42_000;
      s.chapterReached = 'ch-1';
    });
    const { slot, notices } = dir.open().loadSlot(PACK, id);
    expect(notices).toEqual([]);
    expect(slot.solvedGates['gate-1']).toEqual({ contentKey: 'AAECAw==', solvedAt: 5 });
    expect(slot.recipes['p-1']![0]!.params).toEqual({ shift: 3, alphabet: ['a', 'b'] });
    expect(slot.board.nodes[0]).toEqual({
      id: 'n1',
      kind: 'clue',
      clueId: 'c1',
      x: 1.5,
      y: -2,
      colour: 'teal',
    });
    expect(slot.timePlayedMs).toBe(42_000);
    expect(dir.open().listSlots(PACK)[0]).toMatchObject({ timePlayedMs: 42_000, chapterReached: 'ch-1' });
  });

  it('refuses an update that breaks the save format and keeps the slot as it was', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'A');
    expect(() =>
      saves.updateSlot(PACK, id, (s) => {
        s.board.viewport.zoom = -1;
      }),
    ).toThrow(/board\.viewport\.zoom/);
    expect(saves.loadSlot(PACK, id).slot.board.viewport.zoom).toBe(1);
  });

  it('holds deferred changes in memory until flush, then writes them', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'A');
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 10), { defer: true });
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 20), { defer: true });
    expect(saves.pendingWrites()).toBe(1);
    expect(saves.loadSlot(PACK, id).slot.timePlayedMs).toBe(20);
    expect(dir.open().loadSlot(PACK, id).slot.timePlayedMs).toBe(0);
    expect(saves.flush()).toBe(1);
    expect(saves.pendingWrites()).toBe(0);
    expect(dir.open().loadSlot(PACK, id).slot.timePlayedMs).toBe(20);
  });

  it('renames a slot', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'A');
    expect(saves.renameSlot(PACK, id, 'Harbour lead').name).toBe('Harbour lead');
    expect(dir.open().listSlots(PACK)[0]!.name).toBe('Harbour lead');
    expect(() => saves.renameSlot(PACK, id, '   ')).toThrow('A save needs a name. Type at least one letter.');
    expect(() => saves.renameSlot(PACK, id, 'x'.repeat(81))).toThrow(
      /at most 80 characters; this one has 81/,
    );
  });

  it('deletes a slot with all its copies', () => {
    const id = slotWithWrites(3);
    const keep = dir.open().createSlot(PACK, 'Keep');
    dir.open().deleteSlot(PACK, id);
    expect(dir.files().filter((f) => f.includes(id))).toEqual([]);
    expect(
      dir
        .open()
        .listSlots(PACK)
        .map((s) => s.id),
    ).toEqual([keep.id]);
    expect(() => dir.open().loadSlot(PACK, id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('resets a pack only with an explicit confirmation', () => {
    slotWithWrites(2);
    const saves = dir.open();
    saves.createSlot('starter-pack', 'Other pack');
    expect(() => saves.resetPack(PACK)).toThrow(
      /Ask the player to confirm, then call it again with confirm: true/,
    );
    expect(saves.listSlots(PACK)).toHaveLength(1);
    expect(saves.resetPack(PACK, { confirm: true })).toBe(1);
    expect(saves.listSlots(PACK)).toEqual([]);
    expect(dir.open().listSlots(PACK)).toEqual([]);
    expect(dir.files().some((f) => f.startsWith(`saves.${PACK}.`))).toBe(false);
    expect(dir.open().listSlots('starter-pack')).toHaveLength(1);
  });

  it('rejects ids that could reach outside the save folder', () => {
    const saves = dir.open();
    expect(() => saves.listSlots('../etc')).toThrow(UserError);
    expect(() => saves.loadSlot(PACK, '../../x')).toThrow(/is not a save slot id/);
  });
});

describe('durability', () => {
  it('writes every copy by replacing the file whole, never editing it in place', () => {
    const saves = dir.open();
    const { id } = saves.createSlot(PACK, 'A');
    for (let i = 0; i < 5; i++) saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = i));
    const file = dir.file(slotFile(id, 0));
    const before = statSync(file).ino;
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 99));
    // The seventh write lands on copy 0 again: a new inode means a temporary file was renamed over it.
    expect(readCopy(file).data.timePlayedMs).toBe(99);
    expect(statSync(file).ino).not.toBe(before);
    expect(dir.files().filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('clears temporary files left by a write cut short once nobody can be writing them', () => {
    const id = slotWithWrites(1);
    const stale = dir.file(`${slotFile(id, 2)}.tmp-1795615200123abcdef`);
    const recent = dir.file(`${slotFile(id, 3)}.tmp-1795615200456abcdef`);
    writeFileSync(stale, '{"copy": {');
    writeFileSync(recent, '{"copy": {');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(stale, old, old);
    expect(dir.open().loadSlot(PACK, id).notices).toEqual([]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('keeps the newest save and the five before it, rotating the oldest out', () => {
    const id = slotWithWrites(11);
    const copies = dir.files().filter((f) => f.startsWith(`saves.${PACK}.slot.${id}.`));
    expect(copies).toHaveLength(6);
    const seqs = copies.map((f) => readCopy(dir.file(f)).seq).sort((a, b) => a - b);
    expect(seqs).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('keeps as many backups as asked', () => {
    const saves = dir.open({ backups: 2 });
    const { id } = saves.createSlot(PACK, 'A');
    for (let i = 0; i < 5; i++) saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = i));
    expect(dir.files().filter((f) => f.startsWith(`saves.${PACK}.slot.`))).toHaveLength(3);
  });

  it('detects a hand-edited save, restores the newest good copy and tells the player', () => {
    const id = slotWithWrites(3); // seq 1..4 on copies 0..3, saved 14:00..14:03
    const newest = dir.file(slotFile(id, 3));
    const text = readFileSync(newest, 'utf8').replace('"timePlayedMs": 3000', '"timePlayedMs": 99999999');
    writeFileSync(newest, text);
    const saves = dir.open();
    const { slot, notices } = saves.loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(2000);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'restored',
      slotId: id,
      restoredFrom: dir.clock.now() - 60_000,
    });
    expect(notices[0]!.setAside).toHaveLength(1);
    expect(notices[0]!.message).toBe(
      `Your save 'Night shift' was damaged; we restored the copy from ${clockTime(dir.clock.now() - 60_000, dir.clock.now())}. The damaged file was kept at ${notices[0]!.setAside[0]}.`,
    );
    // The notice waits until it is taken for showing, and is handed out once.
    expect(saves.takeNotices()).toEqual(notices);
    expect(saves.takeNotices()).toEqual([]);
    // The edited file is kept, byte for byte, and the next save does not write over it.
    expect(readFileSync(notices[0]!.setAside[0]!, 'utf8')).toBe(text);
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 2500));
    expect(readFileSync(notices[0]!.setAside[0]!, 'utf8')).toBe(text);
    const again = dir.open().loadSlot(PACK, id);
    expect(again.slot.timePlayedMs).toBe(2500);
    expect(again.notices).toEqual([]);
  });

  it('survives a save file that is not JSON at all, without failing to start', () => {
    const id = slotWithWrites(3);
    const newest = dir.file(slotFile(id, 3));
    writeFileSync(newest, '{"copy": {"format": "resonance-sa');
    const saves = dir.open();
    expect(saves.listSlots(PACK)).toHaveLength(1);
    const { slot, notices } = saves.loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(2000);
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
    expect(readFileSync(notices[0]!.setAside[0]!, 'utf8')).toBe('{"copy": {"format": "resonance-sa');
    expect(dir.open().loadSlot(PACK, id).notices).toEqual([]);
  });

  it('works with a store that moves unreadable files aside itself, as the desktop app does', () => {
    const id = slotWithWrites(3);
    writeFileSync(dir.file(slotFile(id, 3)), 'not json');
    const log = memoryLogger();
    const saves = new SaveService({ stores: confStoreFactory(dir.folder, log), now: dir.clock.now });
    const { slot, notices } = saves.loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(2000);
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    const kept = dir.files().filter((f) => f.startsWith(slotFile(id, 3)) && f.includes('.damaged-'));
    expect(kept.map((f) => readFileSync(dir.file(f), 'utf8'))).toEqual(['not json']);
  });

  it('notices a newest save that went missing, using the slot list', () => {
    const id = slotWithWrites(3);
    writeFileSync(dir.file(slotFile(id, 3)), '{}');
    const { slot, notices } = dir.open().loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(2000);
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
  });

  it('sets aside a damaged older backup without alarming the player', () => {
    const id = slotWithWrites(3);
    writeFileSync(dir.file(slotFile(id, 1)), 'garbage');
    const { slot, notices } = dir.open().loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(3000);
    expect(notices.map((n) => n.kind)).toEqual(['backup-set-aside']);
    expect(notices[0]!.message).toMatch(/your progress is intact/);
  });

  it('treats a copy with a valid checksum but an impossible content as damaged', () => {
    const id = slotWithWrites(2);
    const saves = dir.open();
    const file = dir.file(slotFile(id, 2));
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { copy: { data: { board: unknown } } };
    doc.copy.data.board = 'not a board';
    writeFileSync(file, JSON.stringify(doc));
    const { slot, notices } = saves.loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(1000);
    expect(notices[0]!.kind).toBe('restored');
  });

  it('says plainly when no good copy is left, and keeps the damaged files', () => {
    const id = slotWithWrites(1);
    writeFileSync(dir.file(slotFile(id, 0)), 'x');
    writeFileSync(dir.file(slotFile(id, 1)), 'y');
    const error = (() => {
      try {
        dir.open().loadSlot(PACK, id);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'corrupt-save' });
    expect((error as Error).message).toMatch(
      /^Your save 'Night shift' was damaged and no good copy of it was left\. The damaged files were kept at /,
    );
    expect(dir.files().filter((f) => f.includes('.damaged-'))).toHaveLength(2);
  });

  it('leaves a save from a newer version untouched and says to update', () => {
    const id = slotWithWrites(1);
    const file = dir.file(slotFile(id, 1));
    const saves = dir.open();
    // A newer build would write a higher version with its own valid checksum.
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { copy: Record<string, unknown> };
    const { checksum: _old, ...body } = doc.copy;
    const future = { ...body, version: 3 };
    writeFileSync(file, JSON.stringify({ copy: { ...future, checksum: checksumOf(future) } }));
    const before = readFileSync(file, 'utf8');
    expect(() => saves.loadSlot(PACK, id)).toThrow(
      /uses save format 3 and this version of Resonance reads up to format 2\. Update Resonance/,
    );
    expect(() => saves.updateSlot(PACK, id, () => {})).toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(dir.files().filter((f) => f.includes('.damaged-'))).toEqual([]);
  });

  it('restores a damaged slot list and finds slots created after its backup', () => {
    const saves = dir.open();
    const first = saves.createSlot(PACK, 'First');
    const second = saves.createSlot(PACK, 'Second');
    // Index copies: 0 (first created), 1 (second created). Damage the newest one.
    writeFileSync(dir.file(`saves.${PACK}.index.1.json`), '{ nope');
    const fresh = dir.open();
    expect(
      fresh
        .listSlots(PACK)
        .map((s) => s.id)
        .sort(),
    ).toEqual([first.id, second.id].sort());
    const notices = fresh.takeNotices();
    expect(notices[0]).toMatchObject({ kind: 'restored' });
    expect(notices[0]!.slotId).toBeUndefined();
    expect(notices[0]!.message).toMatch(
      /^The list of saves for "neos-2148" was damaged; we restored the copy from/,
    );
  });

  it('rebuilds the slot list from the save folder when every copy of it is gone', () => {
    const id = slotWithWrites(1);
    for (const f of dir.files().filter((f) => f.includes('.index.'))) writeFileSync(dir.file(f), '[]');
    const listed = dir.open().listSlots(PACK);
    expect(listed.map((s) => s.id)).toEqual([id]);
  });
});

describe('clock times in notices', () => {
  it('shows only the time for today and the date as well for another day', () => {
    const now = new Date(2026, 10, 25, 18, 0).getTime();
    expect(clockTime(new Date(2026, 10, 25, 14, 2).getTime(), now)).toBe('14:02');
    expect(clockTime(new Date(2026, 10, 24, 9, 5).getTime(), now)).toBe('2026-11-24 09:05');
  });
});
