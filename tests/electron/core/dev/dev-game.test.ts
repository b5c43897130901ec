// Dev mode in the engine: a pack folder is played live, reloaded after edits with progress kept, and
// a broken edit leaves the game running its last good build.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore, type GameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import type { GameView } from '@shared/game-types';
import { materialise, tempDir } from '../pack/pack-fixtures';

const made: { core: GameCore; dirs: string[] }[] = [];

async function devCore(
  opens: 'editor' | 'system' = 'system',
): Promise<{ core: GameCore; folder: string; terminal: string[]; opened: string[] }> {
  const folder = await materialise();
  const data = await tempDir('dev-data-');
  const log = memoryLogger();
  const terminal: string[] = [];
  const opened: string[] = [];
  const core = createGameCore({
    stores: confStoreFactory(data, log),
    log,
    builtinPacksDir: join(data, 'none'),
    host: {
      info: { version: 'test', platform: 'linux', canQuit: false, logFolder: data, dataFolder: data },
      quit: () => undefined,
      openFile: (path, line) => {
        opened.push(`${path}:${line}`);
        return opens;
      },
    },
    dev: { folder, terminal: (line) => terminal.push(line), watch: false },
  });
  made.push({ core, dirs: [folder, data] });
  await core.dev!.ready;
  return { core, folder, terminal, opened };
}

async function call<T>(core: GameCore, method: string, payload?: unknown): Promise<T> {
  const result = await core.router.call(method, payload);
  if (!result.ok) throw new Error(result.message);
  return result.value as T;
}

const edit = async (folder: string, rel: string, change: (text: string) => string) =>
  writeFile(join(folder, rel), change(await readFile(join(folder, rel), 'utf8')));

afterEach(async () => {
  for (const { core, dirs } of made.splice(0)) {
    await core.dev?.close();
    core.session.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  }
});

describe('dev mode', () => {
  it('lists the folder as a dev build and opens it without any sealing wait', async () => {
    const { core } = await devCore();
    const status = await call<{ build: number; packId: string; problems: unknown[] }>(core, 'devStatus');
    expect(status).toMatchObject({ build: 1, packId: 'base', problems: [] });
    const packs = await call<{ id: string; title: string }[]>(core, 'listPacks');
    expect(packs[0]).toMatchObject({ id: 'base', title: 'The Relay Inbox (dev build)' });
    const view = await call<GameView>(core, 'devPlay');
    expect(view.puzzles.map((p) => p.id)).toEqual(['p-first-light']);
  });

  it('reloads an edited file into the running game and keeps the gates already solved', async () => {
    const { core, folder, terminal } = await devCore();
    await call(core, 'devPlay');
    await call(core, 'submitAnswer', { puzzleId: 'p-first-light', answer: 'lantern' });
    await edit(folder, 'files/inbox/first-log.md', (t) => t.replace('Pier Nine.', 'Pier Nine at midnight.'));
    await core.dev!.pack.rebuild();
    const view = await call<GameView>(core, 'gameView');
    expect(view.solved).toContain('p-first-light');
    expect(view.bodies.find((b) => b.id === 'first-log')?.html).toContain('Pier Nine at midnight.');
    expect(terminal.at(-1)).toMatch(/^Build 2 checked and loaded in \d+ ms\.$/);
  });

  it('keeps the last good build running while an edit breaks the YAML, and names the line', async () => {
    const { core, folder, terminal } = await devCore();
    await call(core, 'devPlay');
    await call(core, 'submitAnswer', { puzzleId: 'p-first-light', answer: 'lantern' });
    await edit(folder, 'clues.yaml', (t) => t.replace('  - id: c-trust-keys', '  - id: [c-trust-keys'));
    await core.dev!.pack.rebuild();
    const status = await call<{ stale: boolean; build: number; problems: { text: string }[] }>(
      core,
      'devStatus',
    );
    expect(status.stale).toBe(true);
    expect(status.build).toBe(1);
    expect(status.problems[0]?.text).toMatch(/^clues\.yaml:\d+:\d+: /);
    expect(terminal).toContain(status.problems[0]?.text);
    const view = await call<GameView>(core, 'gameView');
    expect(view.solved).toContain('p-first-light');
  });

  it('reopens a gate whose recorded answer the new build no longer accepts, and says which', async () => {
    const { core, folder } = await devCore();
    await call(core, 'devPlay');
    await call(core, 'submitAnswer', { puzzleId: 'p-first-light', answer: 'the lantern' });
    await edit(folder, 'puzzles.yaml', (t) =>
      t
        .replace('answers: [lantern, the lantern]', 'answers: [lantern]')
        .replace('reveal: "LANTERN:', 'reveal: "LANTERN, alone:'),
    );
    await core.dev!.pack.rebuild();
    const status = await call<{ reopened: string[]; build: number }>(core, 'devStatus');
    expect(status).toMatchObject({ build: 2, reopened: ['p-first-light'] });
    expect((await call<GameView>(core, 'gameView')).solved).not.toContain('p-first-light');
  });

  it('rebuilds without opening a game when the author is not playing the folder', async () => {
    const { core } = await devCore();
    await core.dev!.pack.rebuild();
    expect(await call<{ build: number }>(core, 'devStatus')).toMatchObject({ build: 2 });
    expect(await core.router.call('gameView', undefined)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('never makes the author wait after wrong answers', async () => {
    const { core } = await devCore();
    await call(core, 'devPlay');
    for (const answer of ['one', 'two', 'three', 'four']) {
      const result = await call<{ kind: string; waitMs: number }>(core, 'submitAnswer', {
        puzzleId: 'p-first-light',
        answer,
      });
      expect(result).toMatchObject({ kind: 'wrong', waitMs: 0 });
    }
  });

  it('starts from a chapter-2 deduction by replaying the walkthrough up to it', async () => {
    const { core } = await devCore();
    const view = await call<GameView>(core, 'devStartFrom', { target: 'd-the-route' });
    expect(view.solved.sort()).toEqual(['d-the-drop', 'p-first-light', 'p-keyed-note']);
    expect(view.deductions.map((d) => d.id)).toContain('d-the-route');
    expect(view.finished).toBe(false);
  });

  it('refuses a start point that does not exist, in a sentence', async () => {
    const { core } = await devCore();
    const result = await core.router.call('devStartFrom', { target: 'p-nowhere' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('"p-nowhere"') });
  });

  it("opens a map node's source file through the host, and refuses any other path", async () => {
    const { core, folder, opened } = await devCore();
    await call(core, 'devOpenSource', { file: 'deductions.yaml', line: 30 });
    expect(opened).toEqual([`${join(folder, 'deductions.yaml')}:30`]);
    const outside = await core.router.call('devOpenSource', { file: '../../etc/passwd', line: 1 });
    expect(outside).toMatchObject({
      ok: false,
      message: expect.stringContaining('is not a file of the pack'),
    });
    expect(opened).toHaveLength(1);
  });

  it('tells the author in the terminal how to land on the line when only the system could open the file', async () => {
    const bySystem = await devCore('system');
    await call(bySystem.core, 'devOpenSource', { file: 'deductions.yaml', line: 30 });
    expect(bySystem.terminal.filter((l) => l.includes('RESONANCE_EDITOR'))).toEqual([
      expect.stringContaining('to land on line 30'),
    ]);
    const byEditor = await devCore('editor');
    await call(byEditor.core, 'devOpenSource', { file: 'deductions.yaml', line: 30 });
    expect(byEditor.terminal.some((l) => l.includes('RESONANCE_EDITOR'))).toBe(false);
  });

  it('answers dev calls outside dev mode with a sentence, and a null status', async () => {
    const data = await tempDir('plain-');
    const log = memoryLogger();
    const core = createGameCore({
      stores: confStoreFactory(data, log),
      log,
      builtinPacksDir: join(data, 'none'),
      host: {
        info: { version: 'test', platform: 'linux', canQuit: false, logFolder: data, dataFolder: data },
        quit: () => undefined,
      },
    });
    made.push({ core, dirs: [data] });
    expect(await core.router.call('devStatus', undefined)).toEqual({ ok: true, value: null });
    expect(await core.router.call('devPlay', undefined)).toMatchObject({
      ok: false,
      message: expect.stringContaining('resonance pack dev'),
    });
  });
});
