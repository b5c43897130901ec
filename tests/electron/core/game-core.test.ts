// The engine as the window meets it: notices that reach the player once whatever screen comes first, a
// game that survives its slot being deleted, reserved keys and oversized calls refused in sentences, and
// a start that works with damaged settings or a data folder that cannot be written.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore, type GameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import type { StoreFactory } from '@core/store';
import type { InstallQuestion, Notice, PackSummary } from '@shared/contract';
import type { GameView } from '@shared/game-types';
import type { Result } from '@shared/result';
import { DEFAULT_SETTINGS } from '@shared/settings';
import { PACK, sealVariant } from './library/packs';
import { failingDisk } from './saves/helpers';

let work: string;
let builtin: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-core-'));
  builtin = join(work, 'builtin');
  mkdirSync(builtin);
  writeFileSync(join(builtin, `${PACK}.rpack`), await sealVariant());
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dataDir: string;
let clock: number;
beforeEach(() => {
  dataDir = mkdtempSync(join(work, 'data-'));
  clock = Date.UTC(2026, 10, 29, 12, 0, 0);
});

function makeCore(stores: StoreFactory = confStoreFactory(dataDir, memoryLogger())): GameCore {
  return createGameCore({
    stores,
    log: memoryLogger(),
    builtinPacksDir: builtin,
    now: () => clock,
    host: {
      info: { version: 't', platform: 'linux', canQuit: false, logFolder: dataDir, dataFolder: dataDir },
      quit: () => undefined,
    },
  });
}

async function ok<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value as T;
}

const take = (core: GameCore) => ok<Notice[]>(core.router.call('takeNotices', undefined));

describe('notices', () => {
  it('deliver the restored-copy notice after the Packs screen and New Game ran first, exactly once', async () => {
    const first = makeCore();
    const view = await ok<GameView>(first.router.call('newGame', { packId: PACK, name: 'Night shift' }));
    for (let i = 0; i < 3; i++) {
      clock += 60_000;
      await ok(
        first.router.call('renameSlot', { packId: PACK, slotId: view.slot.id, name: `Night shift ${i}` }),
      );
    }
    const newest = readdirSync(dataDir)
      .filter((f) => f.startsWith(`saves.${PACK}.slot.${view.slot.id}.`))
      .map((f) => ({
        f,
        seq: (JSON.parse(readFileSync(join(dataDir, f), 'utf8')) as { copy: { seq: number } }).copy.seq,
      }))
      .sort((a, b) => b.seq - a.seq)[0]!.f;
    writeFileSync(join(dataDir, newest), '{"copy": {"format": "resonance-sa');

    const core = makeCore();
    let pending = 0;
    core.events.on('noticesPending', () => pending++);
    await ok(core.router.call('listPacks', undefined));
    await ok(core.router.call('listSlots', { packId: PACK }));
    await ok(core.router.call('newGame', { packId: PACK }));
    expect(pending).toBeGreaterThan(0);
    const told = await take(core);
    expect(told).toEqual([
      {
        kind: 'warning',
        message: expect.stringMatching(
          /^Your save 'Night shift 1' was damaged; we restored the copy from \d\d:\d\d\. The damaged file was kept at .+\.damaged-/,
        ),
      },
    ]);
    expect(await take(core)).toEqual([]);
    // The slot opens with the restored copy, and the notice is not told again.
    await ok(core.router.call('openGame', { packId: PACK, slotId: view.slot.id }));
    expect(await take(core)).toEqual([]);
  });

  it('tell the player that damaged settings were set aside and where', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{ not json');
    const core = makeCore();
    const told = await take(core);
    expect(told).toEqual([
      {
        kind: 'warning',
        message: expect.stringMatching(
          /^Your settings file could not be read, so Resonance started with the default settings\. The damaged file was kept at .*settings\.json\.damaged-/,
        ),
      },
    ]);
  });
});

describe('a game whose slot goes away', () => {
  it('does not break New Game or Open after its slot was deleted', async () => {
    const core = makeCore();
    const other = await ok<GameView>(core.router.call('newGame', { packId: PACK, name: 'Other' }));
    const open = await ok<GameView>(core.router.call('newGame', { packId: PACK, name: 'Doomed' }));
    await ok(core.router.call('saveBoard', { ...open.board, viewport: { x: 5, y: 5, zoom: 1 } }));
    await ok(core.router.call('deleteSlot', { packId: PACK, slotId: open.slot.id, confirm: true }));
    expect(await core.router.call('gameView', undefined)).toMatchObject({ ok: false, code: 'conflict' });
    await ok(core.router.call('newGame', { packId: PACK }));
    await ok(core.router.call('openGame', { packId: PACK, slotId: other.slot.id }));
    expect(core.flush()).toBeUndefined();
  });

  it('does not break New Game after its pack was reset', async () => {
    const core = makeCore();
    await ok(core.router.call('newGame', { packId: PACK }));
    expect(await ok<number>(core.router.call('resetPack', { packId: PACK, confirm: true }))).toBe(1);
    const fresh = await ok<GameView>(core.router.call('newGame', { packId: PACK }));
    expect(fresh.solved).toEqual([]);
    expect(await ok<unknown[]>(core.router.call('listSlots', { packId: PACK }))).toHaveLength(1);
  });
});

describe('requests the window could send', () => {
  it.each(['__proto__', 'constructor', 'toString'])(
    'answer a hint ledger for the chapter "%s" with a sentence, not the internal error',
    async (chapterId) => {
      const core = makeCore();
      await ok(core.router.call('newGame', { packId: PACK }));
      expect(await core.router.call('hintLedger', { chapterId })).toEqual({
        ok: false,
        code: 'not-found',
        message: `This pack has no chapter "${chapterId}": ask for the ledger of one of its chapters.`,
      });
    },
  );

  it.each(['__proto__', 'constructor', 'p-no-such-puzzle'])(
    'keep no recipe for "%s", which is not a puzzle of the pack',
    async (puzzleId) => {
      const core = makeCore();
      await ok(core.router.call('newGame', { packId: PACK }));
      const result = await core.router.call('saveRecipe', { puzzleId, recipe: [] });
      expect(result).toMatchObject({ ok: false, code: 'not-found' });
      expect((result as { message: string }).message).toMatch(
        /^Recipes are kept only for puzzles you can see/,
      );
    },
  );

  it('refuse a recipe parameter named after a reserved key, and a recipe larger than any real one', async () => {
    const core = makeCore();
    await ok(core.router.call('newGame', { packId: PACK }));
    const reserved = JSON.parse(
      '[{"id":"caesar","direction":"decrypt","params":{"constructor":3}}]',
    ) as unknown;
    expect(
      await core.router.call('saveRecipe', { puzzleId: 'p-first-light', recipe: reserved }),
    ).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const step = { id: 'caesar', direction: 'decrypt', params: { text: 'x'.repeat(9_000) } };
    const result = await core.router.call('saveRecipe', {
      puzzleId: 'p-first-light',
      recipe: Array.from({ length: 20 }, () => step),
    });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-request',
      message: 'The request "saveRecipe" has a bad "recipe" field: is larger than 64 KB.',
    });
  });

  it('refuse a board larger than any player builds, in a sentence, and keep the saved one', async () => {
    const core = makeCore();
    const view = await ok<GameView>(core.router.call('newGame', { packId: PACK }));
    const nodes = Array.from({ length: 200 }, (_, i) => ({
      id: `n${i}`,
      kind: 'note',
      text: 'x'.repeat(15_000),
      x: i,
      y: 0,
    }));
    const result = await core.router.call('saveBoard', { ...view.board, nodes });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-request',
      message:
        'The request "saveBoard" is malformed: is larger than 2048 KB: remove cards or notes before it can be saved.',
    });
    expect((await ok<GameView>(core.router.call('gameView', undefined))).board.nodes).toEqual([]);
  });
});

describe('a pack the operating system hands over', () => {
  it('is installed at once when new, and only asked about when it would replace an installed pack', async () => {
    const core = makeCore();
    const first = join(work, 'other-first.rpack');
    const second = join(work, 'other-second.rpack');
    writeFileSync(first, await sealVariant({ id: 'other-pack', author: 'Ada' }));
    writeFileSync(second, await sealVariant({ id: 'other-pack', author: 'Mallory', version: '0.9.0' }));
    expect(core.installFromHost(first)).toMatchObject({ id: 'other-pack', author: 'Ada' });
    const questions: InstallQuestion[] = [];
    core.events.on('installQuestion', (q) => questions.push(q));
    expect(core.installFromHost(second)).toBeUndefined();
    expect(questions).toEqual([
      expect.objectContaining({ relation: 'different-pack', fileName: 'other-second.rpack' }),
    ]);
    const listed = await ok<PackSummary[]>(core.router.call('listPacks', undefined));
    expect(listed.find((p) => p.id === 'other-pack')?.author).toBe('Ada');
    await ok(core.router.call('confirmInstall', { token: questions[0]!.token, accept: true }));
    const after = await ok<PackSummary[]>(core.router.call('listPacks', undefined));
    expect(after.find((p) => p.id === 'other-pack')?.author).toBe('Mallory');
  });
});

describe('starting', () => {
  it('works when the data folder cannot be written: it says so, plays from memory, and warns before quitting', async () => {
    const disk = failingDisk(dataDir);
    disk.fail('EROFS');
    const stores: StoreFactory = (name) => {
      // The settings and session files cannot even be opened, as when the folder itself is missing.
      if (name === 'settings' || name === 'session') {
        const error = new Error(`EROFS: read-only file system, '${name}'`) as NodeJS.ErrnoException;
        error.code = 'EROFS';
        throw error;
      }
      return disk.stores(name);
    };
    const core = makeCore(stores);
    expect(core.settings.get()).toEqual(DEFAULT_SETTINGS);
    const view = await ok<GameView>(core.router.call('newGame', { packId: PACK }));
    expect(view.slot.name).toBe('Investigation 1');
    expect(
      await core.router.call('submitAnswer', { puzzleId: 'p-first-light', answer: 'harbour' }),
    ).toMatchObject({ ok: true, value: { kind: 'wrong' } });
    const result = await core.router.call('submitAnswer', { puzzleId: 'p-first-light', answer: 'lantern' });
    expect(result).toMatchObject({ ok: true, value: { kind: 'solved' } });
    await ok(core.router.call('updateSettings', { fontScale: 1.25 }));
    const told = (await take(core)).map((n) => `${n.kind}: ${n.message}`);
    expect(told).toEqual([
      expect.stringMatching(
        /^warning: Your settings cannot be read or saved \(the save folder is on a read-only disk\)/,
      ),
      expect.stringMatching(
        /^warning: Could not save your settings: the save folder is on a read-only disk\./,
      ),
      expect.stringMatching(
        /^error: Resonance cannot write to its data folder .* \(the save folder is on a read-only disk\)\. You can play, but nothing is saved when you quit/,
      ),
      expect.stringMatching(
        /^error: Could not save 'Investigation 1': the save folder is on a read-only disk\. Your progress is kept in memory/,
      ),
    ]);
    expect(core.flush()).toEqual({
      reason: 'the save folder is on a read-only disk',
      slots: [{ packId: PACK, slotId: view.slot.id, name: 'Investigation 1' }],
    });
    core.dispose();
  });
});

describe('the board in a save', () => {
  it('comes back after a restart with its filled slots and ticked links', async () => {
    const first = makeCore();
    const open = await ok<GameView>(first.router.call('newGame', { packId: PACK }));
    const fills = { 'd-who': { who: 'c-kai' } };
    const picks = { 'd-links': ['link-1'] };
    await ok(first.router.call('saveBoard', { ...open.board, fills, picks }));
    first.flush();

    const again = makeCore();
    const view = await ok<GameView>(again.router.call('openGame', { packId: PACK, slotId: open.slot.id }));
    expect(view.board).toMatchObject({ fills, picks });
  });
});
