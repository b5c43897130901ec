// Recovery from disk in the cases crash tests do not reach: a power loss that zeroes the newest copies,
// every copy zeroed, and copies bloated or padded by something other than the game.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { memoryLogger } from '@core/logger';
import { SaveService } from '@core/saves/save-service';
import { SAVE_LIMITS } from '@shared/save-limits';
import { PACK, saveFolder, type SaveFolder } from './helpers';

let dir: SaveFolder;
beforeEach(() => {
  dir = saveFolder();
});
afterEach(() => dir.cleanup());

const slotFile = (slotId: string, n: number) => `saves.${PACK}.slot.${slotId}.${n}.json`;
const indexFile = (n: number) => `saves.${PACK}.index.${n}.json`;

/** A slot saved `writes` more times after its creation, a minute apart: copies 0..writes. */
function slotWithWrites(writes: number): string {
  const saves = dir.open();
  const { id } = saves.createSlot(PACK, 'Night shift');
  for (let i = 1; i <= writes; i++) {
    dir.clock.advance(60_000);
    saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = i * 1000));
  }
  return id;
}

/** What a power loss during a write leaves: the file's length, all zero bytes, written last. */
function zeroFill(name: string): void {
  const file = dir.file(name);
  writeFileSync(file, Buffer.alloc(statSync(file).size, 0));
}

/** The desktop app's store: unreadable files are moved aside by the store library itself. */
const quarantining = () =>
  new SaveService({ stores: confStoreFactory(dir.folder, memoryLogger()), now: dir.clock.now });

describe('recovery from disk', () => {
  it.each([
    ['a plain store', () => dir.open()],
    ['a store that moves unreadable files aside itself, as the desktop app does', quarantining],
  ])(
    'tells the player when a power loss zeroed both the newest save and the newest slot list, through %s',
    (_, open) => {
      const id = slotWithWrites(3); // slot copies 0..3; list copies 0..3, newest in 3
      zeroFill(slotFile(id, 3));
      zeroFill(indexFile(3));
      const saves = open();
      const { slot, notices } = saves.loadSlot(PACK, id);
      expect(slot.timePlayedMs).toBe(2000);
      expect(notices.map((n) => n.kind)).toEqual(['restored']);
      expect(notices[0]!.message).toMatch(/^Your save 'Night shift' was damaged; we restored the copy from /);
      expect(notices[0]!.message).toContain(`The damaged file was kept at ${notices[0]!.setAside[0]}.`);
      // The list's own loss is told as well, once.
      const all = saves.takeNotices();
      expect(all.map((n) => [n.kind, n.slotId])).toEqual([
        ['restored', undefined],
        ['restored', id],
      ]);
      expect(saves.takeNotices()).toEqual([]);
    },
  );

  it('says where the damaged copies were kept when all six were zeroed, never that they are missing', () => {
    const id = slotWithWrites(5);
    for (let n = 0; n < 6; n++) zeroFill(slotFile(id, n));
    const attempt = () => {
      try {
        quarantining().loadSlot(PACK, id);
      } catch (error) {
        return (error as Error).message;
      }
      return 'opened';
    };
    const first = attempt();
    expect(first).toMatch(
      /^Your save 'Night shift' was damaged and no good copy of it was left\. The damaged files were kept at /,
    );
    expect(first).not.toMatch(/missing/);
    expect(
      dir.files().filter((f) => f.startsWith(slotFile(id, 0).slice(0, -7)) && f.includes('.damaged-')),
    ).toHaveLength(6);
    // Asked again after a restart, the answer is the same: the files are still there, set aside.
    expect(attempt()).toMatch(
      /was damaged and no good copy of it was left\. The damaged files were kept at /,
    );
  });

  it('refuses a copy larger than any save without reading it, keeps it aside and uses the copy before', () => {
    const id = slotWithWrites(2);
    const file = dir.file(slotFile(id, 2));
    writeFileSync(file, Buffer.alloc(SAVE_LIMITS.maxCopyBytes + 1, 0x20));
    const { slot, notices } = dir.open().loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(1000);
    expect(notices[0]!.kind).toBe('restored');
    expect(notices[0]!.setAside).toHaveLength(1);
    expect(statSync(notices[0]!.setAside[0]!).size).toBe(SAVE_LIMITS.maxCopyBytes + 1);
  });

  it('refuses a good copy padded with spaces, keeps it aside, and reads it no more at the next start', () => {
    const id = slotWithWrites(2);
    const file = dir.file(slotFile(id, 2));
    const padded = readFileSync(file, 'utf8').replace(/\}\s*$/, `${' '.repeat(400_000)}}`);
    writeFileSync(file, padded);
    expect(JSON.parse(padded)).toBeTruthy();
    const { slot, notices } = dir.open().loadSlot(PACK, id);
    expect(slot.timePlayedMs).toBe(1000);
    expect(notices.map((n) => n.kind)).toEqual(['restored']);
    expect(readFileSync(notices[0]!.setAside[0]!, 'utf8')).toBe(padded);
    expect(dir.open().loadSlot(PACK, id).notices).toEqual([]);
  });

  it('refuses an update that would make a save larger than a save may be, keeping the slot as it was', () => {
    const id = slotWithWrites(0);
    const saves = dir.open();
    const huge = 'x'.repeat(20_000);
    expect(() =>
      saves.updateSlot(PACK, id, (s) => {
        for (let i = 0; i < 300; i++)
          s.board.nodes.push({ id: `n${i}`, kind: 'note', text: huge, x: 0, y: 0 });
      }),
    ).toThrow(
      /^This save would take 5\.\d MB, more than the 4\.0 MB a save may hold\. Remove cards or notes/,
    );
    expect(saves.loadSlot(PACK, id).slot.board.nodes).toEqual([]);
  });
});
