// The game session over a real sealed pack (the scaffold, sealed at the fast cost) and real saves on disk.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore, type GameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import { PackSecret } from '@core/pack/pack-secret';
import { buildPack } from '@core/pack/seal-pack';
import { scaffold } from '@core/pack/scaffold';
import { DEFAULT_SETTINGS, type Settings } from '@shared/settings';

const PACK = 'relay-inbox';
let work: string;
let packs: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-session-'));
  const source = join(work, PACK);
  await scaffold(source);
  packs = join(work, 'packs');
  mkdirSync(packs);
  writeFileSync(join(packs, `${PACK}.rpack`), (await buildPack(source, { cost: 'fast' })).bytes);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let clock: number;
let dataDir: string;
let core: GameCore;

function makeCore(): GameCore {
  const log = memoryLogger();
  return createGameCore({
    stores: confStoreFactory(dataDir, log),
    log,
    builtinPacksDir: packs,
    now: () => clock,
    monotonic: () => clock,
    host: {
      info: { version: 't', platform: 'linux', canQuit: false, logFolder: dataDir, dataFolder: dataDir },
      quit: () => undefined,
    },
  });
}

function setFeedback(feedback: Settings['feedback']) {
  core.settings.update({ ...DEFAULT_SETTINGS, feedback });
}

beforeEach(() => {
  clock = 1_000_000;
  dataDir = mkdtempSync(join(work, 'data-'));
  core = makeCore();
});

describe('answering a puzzle', () => {
  it('opens only what the right answer unlocks, and remembers it across a restart', async () => {
    const start = await core.session.newGame(PACK);
    expect(start.files.find((f) => f.id === 'first-log')?.lockedBy).toBe('p-first-light');
    expect(start.bodies.some((b) => b.id === 'first-log')).toBe(false);

    const result = await core.session.answer('p-first-light', '  The Lantern! ');
    expect(result.kind).toBe('solved');
    if (result.kind !== 'solved') return;
    expect(result.unlocked.bodies.map((b) => b.id)).toContain('first-log');
    expect(result.unlocked.clues.map((c) => c.id).sort()).toEqual(['c-kai-zen', 'c-lantern', 'c-trust-keys']);
    await expect(core.session.answer('p-first-light', 'lantern')).rejects.toThrow('already solved');

    const again = makeCore();
    const last = again.session.lastPlayed()!;
    expect((await again.session.open(last.packId, last.slotId)).solved).toContain('p-first-light');
  });

  it('answers a near miss with its message, without counting it', async () => {
    await core.session.newGame(PACK);
    expect(await core.session.answer('p-first-light', 'Pier Nine')).toEqual({
      kind: 'keep-going',
      message: 'That is the pier. What on the pier?',
    });
    expect(core.session.view().progress['p-first-light']?.wrongGuesses).toBe(0);
  });

  it('does not count a repeated wrong answer, and slows the third wrong one with a growing wait', async () => {
    await core.session.newGame(PACK);
    expect((await core.session.answer('p-first-light', 'candle')).kind).toBe('wrong');
    expect(await core.session.answer('p-first-light', 'CANDLE.')).toMatchObject({ kind: 'repeated' });
    expect(await core.session.answer('p-first-light', 'torch')).toMatchObject({ kind: 'wrong', waitMs: 0 });
    expect(await core.session.answer('p-first-light', 'lamp')).toMatchObject({ kind: 'wrong', waitMs: 2000 });
    expect(await core.session.answer('p-first-light', 'lantern')).toMatchObject({
      kind: 'wait',
      message: 'Wait 2 s before the next try.',
    });
    clock += 2000;
    expect((await core.session.answer('p-first-light', 'lantern')).kind).toBe('solved');
    expect(core.session.view().progress['p-first-light']?.wrongGuesses).toBe(3);
  });

  it('refuses an empty answer and a puzzle that is not open yet with sentences', async () => {
    await core.session.newGame(PACK);
    await expect(core.session.answer('p-first-light', ' ?! ')).rejects.toThrow('Type an answer first');
    await expect(core.session.answer('p-keyed-note', 'old archive')).rejects.toThrow('not open yet');
  });
});

describe('a new build of the pack', () => {
  it('opens a save with all its progress when the same sources are sealed again, and names a gate whose answer changed', async () => {
    const source = join(work, 'rebuilt', PACK);
    await scaffold(source);
    const secret = PackSecret.random();
    const install = async () =>
      writeFileSync(join(packs, `${PACK}.rpack`), (await buildPack(source, { cost: 'fast', secret })).bytes);
    const original = readFileSync(join(packs, `${PACK}.rpack`));
    try {
      await install();
      core = makeCore();
      await core.session.newGame(PACK);
      const walk = readFileSync(join(source, 'walkthrough.yaml'), 'utf8');
      const first = /solve: (\S+)\s+answer: (.+)/.exec(walk)!;
      expect((await core.session.answer(first[1]!, first[2]!.trim())).kind).toBe('solved');
      core.session.close();

      await install();
      const same = makeCore();
      const view = await same.session.open(PACK);
      expect(view.solved).toEqual([first[1]]);
      expect(view.notices).toEqual([]);
      same.session.close();

      // The author replaces that puzzle's answers: only that gate reopens, and the player is told. (An added
      // spelling would not reopen it: the answer the save kept is still accepted.)
      const puzzles = readFileSync(join(source, 'puzzles.yaml'), 'utf8');
      writeFileSync(
        join(source, 'puzzles.yaml'),
        puzzles.replace(/answers: \[[^\]]*\]/, 'answers: [another answer entirely]'),
      );
      writeFileSync(join(source, 'walkthrough.yaml'), walk.replace(first[2]!, 'another answer entirely'));
      await install();
      const changed = makeCore();
      const reopened = await changed.session.open(PACK);
      expect(reopened.solved).toEqual([]);
      expect(reopened.notices.join(' ')).toMatch(/changed “.+”: it is locked again/);
    } finally {
      writeFileSync(join(packs, `${PACK}.rpack`), original);
    }
  });
});

describe('the wrong-answer wait', () => {
  async function earnAWait(): Promise<void> {
    await core.session.newGame(PACK);
    for (const guess of ['candle', 'torch', 'lamp']) await core.session.answer('p-first-light', guess);
  }

  it('is not cleared by starting a new slot of the same pack', async () => {
    await earnAWait();
    await core.session.newGame(PACK);
    expect(await core.session.answer('p-first-light', 'beacon')).toMatchObject({ kind: 'wait' });
  });

  it('is not cleared by importing an export taken before the wrong guesses', async () => {
    await core.session.newGame(PACK);
    const slot = core.saves.listSlots(PACK)[0]!;
    const exported = core.saves.exportSlot(PACK, slot.id);
    for (const guess of ['candle', 'torch', 'lamp']) await core.session.answer('p-first-light', guess);
    const imported = core.saves.importSlot(PACK, exported);
    await core.session.open(PACK, imported.id);
    expect(await core.session.answer('p-first-light', 'beacon')).toMatchObject({ kind: 'wait' });
  });

  it('holds across a restart, and neither a forward nor a backward jump of the wall clock changes it', async () => {
    await earnAWait();
    core.session.close();
    const restarted = makeCore();
    await restarted.session.open(PACK);
    // The wall clock jumps a day forward: the wait is measured on the game's own clock.
    let wall = clock + 86_400_000;
    const jumped = createGameCore({
      stores: confStoreFactory(dataDir, memoryLogger()),
      log: memoryLogger(),
      builtinPacksDir: packs,
      now: () => wall,
      monotonic: () => clock,
      host: {
        info: { version: 't', platform: 'linux', canQuit: false, logFolder: dataDir, dataFolder: dataDir },
        quit: () => undefined,
      },
    });
    await jumped.session.open(PACK);
    expect(await jumped.session.answer('p-first-light', 'beacon')).toMatchObject({
      kind: 'wait',
      waitMs: 2000,
    });
    // A day backwards does not stretch it beyond what is left.
    wall = clock - 86_400_000;
    const result = await jumped.session.answer('p-first-light', 'beacon');
    expect(result.kind).toBe('wait');
    expect((result as { waitMs: number }).waitMs).toBeLessThanOrEqual(2000);
    clock += 2000;
    expect((await jumped.session.answer('p-first-light', 'beacon')).kind).toBe('wrong');
  });
});

describe('hints', () => {
  it('open rung by rung, only when confirmed, and are listed in the chapter ledger', async () => {
    await core.session.newGame(PACK);
    expect(() => core.session.takeHint('p-first-light', 'method', true)).toThrow('Take the nudge hint first');
    expect(() => core.session.takeHint('p-first-light', 'nudge', false)).toThrow('confirmation');
    const { hint, progress } = core.session.takeHint('p-first-light', 'nudge', true);
    expect(hint.text).toBe("Mira's message says how Kai treats his logs.");
    expect(progress.hintsTaken).toEqual(['nudge']);
    expect(core.session.view().progress['p-first-light']?.hints.map((h) => h.rung)).toEqual(['nudge']);
    expect(core.session.ledger('ch1')).toEqual([
      { gateId: 'p-first-light', title: "Kai's rotated log", rungs: ['nudge'] },
    ]);
  });
});

describe('hints under a time-lock', () => {
  it('say how long is left, and open once the game has worked the lock through', async () => {
    const source = join(work, 'locked', PACK);
    await scaffold(source);
    const yaml = readFileSync(join(source, 'pack.yaml'), 'utf8');
    // A lock of a few hundredths of a second, so the test works it through for real.
    writeFileSync(
      join(source, 'pack.yaml'),
      `${yaml.trimEnd()}\nhints: { pinpointAfter: 0.001, revealAfter: 0.001 }\n`,
    );
    const original = readFileSync(join(packs, `${PACK}.rpack`));
    try {
      writeFileSync(join(packs, `${PACK}.rpack`), (await buildPack(source, { cost: 'normal' })).bytes);
      core = makeCore();
      await core.session.newGame(PACK);
      core.session.takeHint('p-first-light', 'nudge', true);
      core.session.takeHint('p-first-light', 'method', true);
      core.session.focusGate(null);
      expect(core.session.view().progress['p-first-light']?.hintLocks?.pinpoint).toBeGreaterThan(0);
      expect(() => core.session.takeHint('p-first-light', 'pinpoint', true)).toThrow(
        /still sealed: it opens in about .+ while you work on this/,
      );
      // Asking focused the gate: the worker is on it now.
      await core.session.locks.idle();
      expect(core.session.view().progress['p-first-light']?.hintLocks).toEqual({ pinpoint: 0, reveal: 0 });
      expect(core.session.takeHint('p-first-light', 'pinpoint', true).hint.rung).toBe('pinpoint');
      expect(core.session.takeHint('p-first-light', 'reveal', true).hint.rung).toBe('reveal');
      await core.session.locks.stop();
    } finally {
      writeFileSync(join(packs, `${PACK}.rpack`), original);
    }
  }, 120_000);
});

describe('deductions', () => {
  const right = { fills: { who: 'c-kai-zen', what: 'c-trust-keys', where: 'c-lantern' } };
  const wrong = { fills: { who: 'c-kai-zen', what: 'c-lantern', where: 'c-trust-keys' } };

  it.each([
    ['group', { message: 'The deduction does not hold yet.' }],
    ['count', { message: '2 of 3 slots are wrong.', wrongCount: 2 }],
    ['pinpoint', { message: '2 of 3 slots are wrong.', wrongCount: 2, wrongSlots: ['what', 'where'] }],
  ] as const)('report a wrong group as the %s feedback setting asks', async (mode, expected) => {
    setFeedback(mode);
    await core.session.newGame(PACK);
    await core.session.answer('p-first-light', 'lantern');
    const result = await core.session.deduce('d-the-drop', wrong);
    expect(result).toEqual({ kind: 'wrong', waitMs: 0, ...expected });
    if (mode === 'group') expect(result).not.toHaveProperty('wrongSlots');
  });

  it('close the chapter when the whole group is right', async () => {
    await core.session.newGame(PACK);
    await core.session.answer('p-first-light', 'lantern');
    const result = await core.session.deduce('d-the-drop', right);
    expect(result.kind).toBe('solved');
    if (result.kind === 'solved') expect(result.unlocked.completedChapters).toEqual(['ch1']);
    await expect(core.session.deduce('d-the-drop', right)).rejects.toThrow('already holds');
  });

  it('refuse a half-filled sentence before checking it', async () => {
    await core.session.newGame(PACK);
    await core.session.answer('p-first-light', 'lantern');
    await expect(
      core.session.deduce('d-the-drop', { fills: { who: 'c-kai-zen', what: '', where: '' } }),
    ).rejects.toThrow('Fill every slot');
  });
});

describe('the board and recipes', () => {
  it('are written to disk within a moment of the last change, not on every change', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const view = await core.session.newGame(PACK);
      const board = {
        ...view.board,
        nodes: [{ id: 'card-c-kai-zen', kind: 'person', clueId: 'c-kai-zen', x: 1, y: 2 }],
      };
      core.session.saveBoard(board);
      core.session.saveRecipe('p-first-light', [
        { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
      ]);
      expect(core.saves.pendingWrites()).toBe(1);
      vi.advanceTimersByTime(1_000);
      expect(core.saves.pendingWrites()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    const again = makeCore();
    const last = again.session.lastPlayed()!;
    const reopened = await again.session.open(last.packId, last.slotId);
    expect(reopened.board.nodes).toEqual([
      { id: 'card-c-kai-zen', kind: 'person', clueId: 'c-kai-zen', x: 1, y: 2 },
    ]);
    expect(reopened.recipes['p-first-light']).toEqual([
      { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
    ]);
  });

  it('keep which vault files the player has read, through the contract and a restart', async () => {
    const view = await core.session.newGame(PACK);
    const saved = await core.router.call('saveBoard', { ...view.board, readFiles: ['first-log'] });
    expect(saved.ok).toBe(true);
    core.saves.flush();
    const again = makeCore();
    const last = again.session.lastPlayed()!;
    const reopened = await again.session.open(last.packId, last.slotId);
    expect(reopened.board.readFiles).toEqual(['first-log']);
  });
});

describe('the library', () => {
  it('measures progress without changing the pack it keeps', async () => {
    await core.session.newGame(PACK);
    await core.session.answer('p-first-light', 'lantern');
    const listed = await core.router.call('listPacks', undefined);
    const summary = listed.ok ? (listed.value as { progress: number }[])[0] : undefined;
    expect(summary?.progress).toBeGreaterThan(0);
    expect(summary?.progress).toBeLessThan(1);
    const fresh = await core.session.newGame(PACK);
    expect(fresh.solved).toEqual([]);
  });
});
