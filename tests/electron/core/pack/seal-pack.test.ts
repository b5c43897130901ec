// Sealing round trips: build the base pack, then play it through the SealedPack API as the game does.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack, openPack, type SealedPack } from '@core/pack';
import { UserError } from '@shared/result';
import { materialise } from './pack-fixtures';

let bytes: Uint8Array;
const fresh = (): SealedPack => openPack(bytes);

beforeAll(async () => {
  bytes = (await buildPack(await materialise(), { cost: 'fast' })).bytes;
});

describe('a sealed pack at the start', () => {
  it('shows only the first chapter, its opening scene and the clear files', () => {
    const view = fresh().initialState();
    expect(view.chapters.map((c) => c.id)).toEqual(['ch1']);
    expect(view.scenes.map((s) => s.id)).toEqual(['ch1-opening']);
    expect(view.files.map((f) => f.id).sort()).toEqual(['first-log', 'relay-message']);
    expect(view.bodies.map((b) => b.id)).toEqual(['relay-message']);
    expect(view.clues).toEqual([]);
    expect(view.puzzles.map((p) => p.id)).toEqual(['p-first-light']);
    expect(view.deductions).toEqual([]);
    expect(view.finished).toBe(false);
  });

  it('shows a locked file with the ciphertext of the puzzle that locks it', () => {
    const log = fresh()
      .initialState()
      .files.find((f) => f.id === 'first-log');
    expect(log?.lockedBy).toBe('p-first-light');
    expect(log?.ciphertext).toContain('NDL CHQ KHUH');
  });

  it('carries pack metadata for the library', () => {
    expect(fresh().info).toMatchObject({ id: 'base', version: '0.1.0', chapterCount: 2, gateCount: 4 });
    expect(fresh().progress()).toBe(0);
  });
});

describe('answering a puzzle', () => {
  it('rejects a wrong answer without unlocking anything', async () => {
    const pack = fresh();
    expect(await pack.tryAnswer('p-first-light', 'lamp')).toEqual({ kind: 'wrong' });
    expect(pack.view().bodies.map((b) => b.id)).toEqual(['relay-message']);
  });

  it('treats an answer with no letters or digits as wrong', async () => {
    expect(await fresh().tryAnswer('p-first-light', ' ?! ')).toEqual({ kind: 'wrong' });
  });

  it('answers a near miss with its keep-going message', async () => {
    expect(await fresh().tryAnswer('p-first-light', 'Pier  Nine!')).toEqual({
      kind: 'keep-going',
      message: 'That is the pier. What on the pier?',
    });
  });

  it('accepts a differently spelled right answer and reports what it unlocked', async () => {
    const outcome = await fresh().tryAnswer('p-first-light', '  Lántern. ');
    expect(outcome.kind).toBe('solved');
    if (outcome.kind !== 'solved') return;
    expect(outcome.contentKey).toMatch(/^[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/);
    expect(outcome.unlocked.bodies.map((b) => b.id)).toEqual(['first-log']);
    expect(outcome.unlocked.clues.map((c) => c.id).sort()).toEqual([
      'c-kai-zen',
      'c-lantern',
      'c-trust-keys',
    ]);
    expect(outcome.unlocked.deductions.map((d) => d.id)).toEqual(['d-the-drop']);
  });

  it('refuses to check a puzzle that is not open yet', async () => {
    await expect(fresh().tryAnswer('p-keyed-note', 'old archive')).rejects.toThrow(UserError);
  });
});

describe('deductions', () => {
  const drop = { who: 'c-kai-zen', what: 'c-trust-keys', where: 'c-lantern' };

  it('gives per-slot feedback without solving the deduction', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    const feedback = await pack.deductionFeedback('d-the-drop', { fills: { ...drop, where: 'c-kai-zen' } });
    expect(feedback).toEqual({ kind: 'fill', slots: { who: 'right', what: 'right', where: 'wrong' } });
    expect(pack.view().solved).toEqual(['p-first-light']);
  });

  it('solves a fill deduction only with every slot right, and opens the next chapter', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    expect((await pack.tryAnswer('d-the-drop', { fills: { ...drop, where: 'c-trust-keys' } })).kind).toBe(
      'wrong',
    );
    const outcome = await pack.tryAnswer('d-the-drop', { fills: drop });
    expect(outcome.kind).toBe('solved');
    if (outcome.kind !== 'solved') return;
    expect(outcome.unlocked.chapters.map((c) => c.id)).toEqual(['ch2']);
    expect(outcome.unlocked.completedChapters).toEqual(['ch1']);
    expect(outcome.unlocked.scenes.map((s) => s.id).sort()).toEqual(['ch1-closing', 'ch2-opening']);
  });

  it('accepts links in any order and checks each link for feedback', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    await pack.tryAnswer('d-the-drop', { fills: drop });
    await pack.tryAnswer('p-keyed-note', 'The Old Archive');
    const links = [
      { from: 'c-keyed-note', type: 'was-at', to: 'c-old-archive' },
      { from: 'c-kai-zen', type: 'wrote', to: 'c-keyed-note' },
    ];
    expect(
      await pack.deductionFeedback('d-the-route', { links: [links[0]!, { ...links[1]!, type: 'was-at' }] }),
    ).toEqual({
      kind: 'links',
      links: ['right', 'wrong'],
    });
    expect((await pack.tryAnswer('d-the-route', { links })).kind).toBe('solved');
    expect(pack.view().finished).toBe(true);
    expect(pack.progress()).toBe(1);
  });

  it('refuses text as the answer to a deduction', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    await expect(pack.tryAnswer('d-the-drop', 'kai')).rejects.toThrow(UserError);
  });
});

describe('hints', () => {
  it('gives the four rungs of an open puzzle in order', () => {
    const hints = fresh().hintsFor('p-first-light');
    expect(hints.map((h) => h.rung)).toEqual(['nudge', 'method', 'pinpoint', 'reveal']);
    expect(hints[3]?.text).toContain('LANTERN');
  });

  it('gives no hints for a puzzle that is not open yet', () => {
    expect(() => fresh().hintsFor('p-keyed-note')).toThrow(UserError);
  });
});

describe('reopening progress from stored content keys', () => {
  it('restores exactly the same view in a freshly opened pack', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    await pack.tryAnswer('d-the-drop', {
      fills: { who: 'c-kai-zen', what: 'c-trust-keys', where: 'c-lantern' },
    });
    const keys = pack.contentKeys();
    expect(keys).toHaveLength(2);
    expect(fresh().unlockWith(keys)).toEqual(pack.view());
  });

  it('measures progress of stored keys without changing the pack it asks', async () => {
    const pack = fresh();
    await pack.tryAnswer('p-first-light', 'lantern');
    const keys = pack.contentKeys();
    const library = fresh();
    expect(library.progressWith(keys)).toBe(0.25);
    expect(library.viewWith(keys).solved).toEqual(['p-first-light']);
    expect(library.view()).toEqual(library.initialState());
  });

  it('rejects a key in an unknown form as a damaged save', () => {
    expect(() => fresh().unlockWith(['not a key'])).toThrow(/damaged/);
  });

  it('sets aside a wrong key for a known gate, naming the gate, without changing progress', async () => {
    const pack = fresh();
    const outcome = await pack.tryAnswer('p-first-light', 'lantern');
    if (outcome.kind !== 'solved') throw new Error('expected a solve');
    const forged = outcome.contentKey.slice(0, 13) + 'A'.repeat(43);
    const other = fresh();
    const report = other.unlock([forged]);
    expect(report.rejected.map((r) => r.gateId)).toEqual(['p-first-light']);
    expect(other.view()).toEqual(other.initialState());
  });

  it('opens nothing with a key from another build of the same pack', async () => {
    const otherBuild = (await buildPack(await materialise(), { cost: 'fast' })).bytes;
    const pack = openPack(otherBuild);
    const outcome = await pack.tryAnswer('p-first-light', 'lantern');
    if (outcome.kind !== 'solved') throw new Error('expected a solve');
    expect(fresh().unlockWith([outcome.contentKey])).toEqual(fresh().initialState());
  });
});

describe('image files', () => {
  it('carry their picture as a data URL, sealed with the gates they wait for', async () => {
    const built = (await buildPack(await materialise('with-image'), { cost: 'fast' })).bytes;
    const pack = openPack(built);
    expect(pack.initialState().files.map((f) => f.id)).not.toContain('door-photo');
    const outcome = await pack.tryAnswer('p-first-light', 'lantern');
    if (outcome.kind !== 'solved') throw new Error('expected a solve');
    const body = outcome.unlocked.bodies.find((b) => b.id === 'door-photo');
    expect(body?.image).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(body?.alt).toBe('A steel door with a lantern painted on it');
  });
});

describe('what a puzzle and a link type tell the player', () => {
  it("carry a keyless puzzle's mark and a link type's meaning into the sealed pack, and nothing for others", async () => {
    const dir = await materialise();
    const puzzles = join(dir, 'puzzles.yaml');
    await writeFile(
      puzzles,
      (await readFile(puzzles, 'utf8')).replace(
        '    chapter: ch1\n',
        '    chapter: ch1\n    keyless: true\n',
      ),
    );
    const meta = join(dir, 'pack.yaml');
    await writeFile(
      meta,
      (await readFile(meta, 'utf8')).replace(
        '{ id: wrote, label: "wrote" }',
        '{ id: wrote, label: "wrote", meaning: "the message, log or mark is theirs" }',
      ),
    );
    const pack = openPack((await buildPack(dir, { cost: 'fast' })).bytes);
    const view = pack.view();
    expect(view.puzzles.map((p) => [p.id, p.keyless])).toEqual([['p-first-light', true]]);
    expect(view.linkTypes.map((l) => [l.id, l.meaning])).toEqual([
      ['wrote', 'the message, log or mark is theirs'],
      ['was-at', undefined],
    ]);
  });
});
