import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import GameScreen from '../../../renderer/src/screens/GameScreen.svelte';
import { play } from '../../../renderer/src/lib/play.svelte';
import { settings } from '../../../renderer/src/lib/settings.svelte';
import { boardSchema } from '@shared/board/board-schema';
import { defaultSettings, installFakeGame, type FakeGame } from '../support/fake-game';
import { gameView, NOTHING_UNLOCKED } from './game-fixture';
import type { AnswerResult, BoardState, GameView } from '@shared/game-types';
import '../../../renderer/src/styles/global.css';

let view: GameView;
let answer: () => AnswerResult;
let fake: FakeGame;

beforeEach(async () => {
  localStorage.clear();
  view = gameView();
  answer = () => ({ kind: 'wrong', message: 'That is not it.', waitMs: 0 });
  fake = installFakeGame({
    getSettings: () => defaultSettings,
    openGame: () => view,
    newGame: () => view,
    hintLedger: () => [],
    saveRecipe: () => null,
    saveBoard: () => null,
    submitAnswer: () => answer(),
  });
  await settings.load();
});

afterEach(async () => {
  await play.leave();
});

const vaultFile = (title: string) =>
  page.getByRole('navigation', { name: 'Vault' }).getByRole('button', { name: new RegExp(title) });
const markOf = (fileId: string) =>
  document.querySelector(`button[data-file="${fileId}"]`)?.parentElement?.querySelector('.new-mark') ?? null;
const summary = () => document.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ').trim();

/** The board the window last asked the engine to save, as the engine's schema reads it. */
async function savedBoard(): Promise<BoardState> {
  await play.flush();
  const saves = fake.calls.filter((c) => c.channel === 'resonance:saveBoard');
  const last = saves.at(-1);
  if (!last) throw new Error('The board was never saved.');
  return boardSchema.parse(last.payload) as BoardState;
}

async function newGame() {
  await play.newGame('test-pack');
  // The opening scene is a modal dialog; the vault is used after it.
  play.dismissScene();
  return render(GameScreen);
}

describe('unread files in the vault', () => {
  it('marks every file of a new game unread except the one opened for the player, in words and to screen readers', async () => {
    await newGame();
    await expect.element(vaultFile('A message file')).toBeVisible();
    expect(markOf('f-message')).toBeNull();
    expect(markOf('f-log')?.textContent?.trim()).toBe('New');
    await expect
      .element(vaultFile('A log file'))
      .toHaveAccessibleDescription('New: not opened since it arrived.');
    await expect.element(vaultFile('A message file')).not.toHaveAccessibleDescription(/New/);
    expect(summary()).toBe(`${view.files.length} files · 2 locked · ${view.files.length - 1} unread`);
    // The marks add no Tab stops: the list is still one.
    const stops = [...document.querySelectorAll('.vault [tabindex]')].filter(
      (el) => (el as HTMLElement).tabIndex >= 0,
    );
    expect(stops.map((el) => (el as HTMLElement).dataset.file)).toEqual(['f-message']);
  });

  it('clears the mark once the file is opened in the reader, and saves what was read with the board', async () => {
    await newGame();
    await vaultFile('A log file').click();
    await expect.element(page.getByRole('heading', { name: 'A log file', level: 2 })).toBeVisible();
    expect(markOf('f-log')).toBeNull();
    expect(summary()).toBe(`${view.files.length} files · 2 locked · ${view.files.length - 2} unread`);
    expect((await savedBoard()).readFiles).toEqual(['f-message', 'f-log']);
  });

  it('keeps a file unread when it is opened straight into the workbench, until the reader shows it', async () => {
    await newGame();
    play.selectFile('f-locked', 'workbench');
    await expect
      .element(page.getByRole('tab', { name: 'Workbench' }))
      .toHaveAttribute('aria-selected', 'true');
    expect(markOf('f-locked')).not.toBeNull();
    play.tab = 'reader';
    await expect.poll(() => markOf('f-locked')).toBeNull();
  });

  it('shows the files read before a restart as read after Continue', async () => {
    const first = await newGame();
    await vaultFile('A chat file').click();
    const board = await savedBoard();
    await play.leave();
    await first.unmount();
    view = gameView({ board });
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await expect.element(vaultFile('A chat file')).toBeVisible();
    expect(markOf('f-chat')).toBeNull();
    expect(markOf('f-message')).toBeNull();
    expect(markOf('f-memo')).not.toBeNull();
  });

  it('counts every file of a save from before the marks as read', async () => {
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await expect.element(vaultFile('A log file')).toBeVisible();
    expect(document.querySelectorAll('.vault .new-mark')).toHaveLength(0);
    expect(summary()).toBe(`${view.files.length} files · 2 locked`);
  });

  it('marks a file unread again when a solve opens it, but not the one the reader is showing', async () => {
    const twin = { ...view.files.find((f) => f.id === 'f-locked')!, id: 'f-twin', title: 'Second packet' };
    const ids = [...view.files.map((f) => f.id), twin.id];
    view = gameView({
      files: [...view.files, twin],
      board: { ...view.board, readFiles: ids },
    });
    const opened: GameView = {
      ...view,
      solved: ['p-sealed'],
      bodies: [
        ...view.bodies,
        { id: 'f-locked', html: '<p>The ledger.</p>' },
        { id: 'f-twin', html: '<p>The other half.</p>' },
      ],
    };
    answer = () => ({
      kind: 'solved',
      unlocked: NOTHING_UNLOCKED,
      view: opened,
    });
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await vaultFile('Sealed packet').click();
    expect(document.querySelectorAll('.vault .new-mark')).toHaveLength(0);
    await play.answer('p-sealed', 'the ledger');
    await expect.poll(() => markOf('f-twin')?.textContent?.trim()).toBe('New');
    expect(markOf('f-locked')).toBeNull();
    expect((await savedBoard()).readFiles).not.toContain('f-twin');
  });
});
