import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import GameScreen from '../../../renderer/src/screens/GameScreen.svelte';
import { play } from '../../../renderer/src/lib/play.svelte';
import { nav } from '../../../renderer/src/lib/navigation.svelte';
import { settings } from '../../../renderer/src/lib/settings.svelte';
import { defaultSettings, installFakeGame } from '../support/fake-game';
import { board, gameView, NOTHING_UNLOCKED } from '../game/game-fixture';
import type { AnswerResult, GameView } from '@shared/game-types';
import '../../../renderer/src/styles/global.css';

let view: GameView;
let answer: (payload: unknown) => AnswerResult;

beforeEach(async () => {
  localStorage.clear();
  view = gameView();
  answer = () => ({ kind: 'wrong', message: 'That is not it.', waitMs: 0 });
  installFakeGame({
    getSettings: () => defaultSettings,
    openGame: () => view,
    newGame: () => view,
    hintLedger: () => [],
    saveRecipe: () => null,
    saveBoard: () => null,
    submitAnswer: (payload) => answer(payload),
  });
  await settings.load();
  await play.open('test-pack', 'slot-1');
});

afterEach(async () => {
  await play.leave();
});

const active = () => document.activeElement;
const panel = () => document.querySelector('[role="tabpanel"]');

describe('the game screen remembers where the player was', () => {
  it('opens on the file the player had open, after the game is opened again', async () => {
    play.selectFile('f-log');
    await play.open('test-pack', 'slot-1');
    expect(play.selectedFile).toBe('f-log');
    await render(GameScreen);
    await expect.element(page.getByRole('heading', { name: 'A log file', level: 2 })).toBeVisible();
  });

  it('keeps each save slot to its own open file', async () => {
    play.selectFile('f-log');
    view = gameView({ slot: { id: 'slot-2', name: 'Investigation 2', timePlayedMs: 0 } });
    await play.open('test-pack', 'slot-2');
    expect(play.selectedFile).toBe('f-message');
  });
});

describe('the reader', () => {
  it('counts only the clues of a file still waiting in the tray', async () => {
    view = gameView({
      board: board({ nodes: [{ id: 'n1', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }] }),
    });
    await play.open('test-pack', 'slot-1');
    play.selectFile('f-message');
    await render(GameScreen);
    await expect.element(page.getByText(/1\s+clue from this file\s+is in the board's tray/)).toBeVisible();
  });

  it('says nothing about the tray once every clue of the file is on the board', async () => {
    view = gameView({
      board: board({
        nodes: [
          { id: 'n1', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
          { id: 'n2', kind: 'place', clueId: 'c-ring', x: 0, y: 0 },
        ],
      }),
    });
    await play.open('test-pack', 'slot-1');
    play.selectFile('f-message');
    await render(GameScreen);
    await expect.element(page.getByRole('heading', { name: 'A message file' })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/in the board's tray/);
  });
});

describe('kind icons', () => {
  it('draws the icon of every file kind in the vault and the reader, never a font glyph', async () => {
    await render(GameScreen);
    await expect.element(page.getByRole('navigation', { name: 'Vault' })).toBeVisible();
    for (const button of document.querySelectorAll('button[data-file]')) {
      const icon = button.querySelector('.icon');
      expect(icon?.querySelector('svg path'), button.textContent ?? '').not.toBeNull();
      expect(icon?.textContent?.trim()).toBe('');
    }
    const reader = document.querySelector('article header .kind');
    expect(reader?.querySelector('svg path')).not.toBeNull();
  });
});

describe('symbols', () => {
  // Arrows, ticks, clocks, shapes and dingbats: the ranges where fonts most often lack a glyph.
  const SYMBOLS = /[\u2190-\u2bff]/u;

  it('draws every symbol of the game screen in SVG, leaving none to the fonts', async () => {
    answer = () => ({ kind: 'keep-going', message: 'Close.' });
    await render(GameScreen);
    play.selectFile('f-race');
    await page.getByRole('textbox', { name: 'What opens the door?' }).fill('door');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText(/Keep going/)).toBeVisible();
    expect(document.querySelector('.game')?.textContent).not.toMatch(SYMBOLS);
    await page.getByRole('tab', { name: 'Story' }).click();
    await expect.element(page.getByText('Chapter one opens')).toBeVisible();
    expect(document.querySelector('.game')?.textContent).not.toMatch(SYMBOLS);
  });
});

describe('the ending', () => {
  it('shows a finished case its ending first, and the vault after', async () => {
    view = gameView({ finished: true, completedChapters: ['ch1', 'ch2'] });
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await expect.element(page.getByRole('heading', { name: 'Case closed' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to the vault' }).click();
    await expect.element(page.getByRole('navigation', { name: 'Vault' })).toBeVisible();
  });

  it('does not send the player back to the ending after a visit to Settings', async () => {
    view = gameView({ finished: true, completedChapters: ['ch1', 'ch2'] });
    await play.open('test-pack', 'slot-1');
    const first = await render(GameScreen);
    await page.getByRole('button', { name: 'Back to the vault' }).click();
    await first.unmount();
    await render(GameScreen);
    await expect.element(page.getByRole('navigation', { name: 'Vault' })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Case closed/);
  });

  it('waits for the closing scene before showing the ending', async () => {
    view = gameView({ finished: true, completedChapters: ['ch1', 'ch2'] });
    await play.open('test-pack', 'slot-1');
    play.scenes = [{ scene: view.scenes[0]! }];
    await render(GameScreen);
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Case closed/);
    await page.getByRole('button', { name: /Back to the vault|Continue/ }).click();
    await expect.element(page.getByRole('heading', { name: 'Case closed' })).toBeVisible();
  });
});

describe('arrivals', () => {
  const solvedView = () => ({
    ...view,
    solved: ['p-sealed'],
    bodies: [...view.bodies, { id: 'f-locked', html: '<p>The ledger.</p>' }],
  });

  it('lights a solved file briefly in the vault', async () => {
    answer = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view: solvedView() });
    document.documentElement.dataset.motion = 'full';
    await render(GameScreen);
    await play.answer('p-sealed', 'the ledger');
    const file = page.getByRole('button', { name: /Sealed packet/ });
    await expect.element(file).toHaveClass(/arrived/);
    expect(getComputedStyle(file.element()).animationName).toBe('arrive-glow');
    await expect.element(file, { timeout: 4000 }).not.toHaveClass(/arrived/);
  });

  it('gives no glow under reduced motion', async () => {
    answer = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view: solvedView() });
    document.documentElement.dataset.motion = 'reduced';
    await render(GameScreen);
    await play.answer('p-sealed', 'the ledger');
    const file = page.getByRole('button', { name: /Sealed packet/ });
    await expect.element(file).toHaveClass(/arrived/);
    expect(getComputedStyle(file.element()).animationName).toBe('none');
    document.documentElement.dataset.motion = 'full';
  });
});

describe('the story tab', () => {
  it("lists a chapter's opening before its ending", async () => {
    play.tab = 'story';
    await render(GameScreen);
    await expect.element(page.getByText('Chapter one opens')).toBeVisible();
    const summaries = [...document.querySelectorAll('summary')].map((s) => s.textContent?.trim());
    expect(summaries).toEqual(['Chapter one opens', 'Chapter one closes']);
  });
});

describe('answering', () => {
  it("hides the last answer's verdict while the next one is checked", async () => {
    answer = () => ({ kind: 'wrong', message: 'That is not it.', waitMs: 0 });
    await render(GameScreen);
    play.selectFile('f-locked');
    const box = page.getByRole('textbox', { name: 'What does the packet say?' });
    await box.fill('first guess');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('That is not it.')).toBeVisible();
    let release: (value: AnswerResult) => void = () => undefined;
    const held = new Promise<AnswerResult>((resolve) => (release = resolve));
    // The fake game waits for an answer that is a promise: this one is held until released.
    answer = () => held as unknown as AnswerResult;
    await box.fill('second guess');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Checking “second guess”…')).toBeVisible();
    expect(document.body.textContent).not.toContain('That is not it.');
    release({ kind: 'wrong', message: 'Still not it.', waitMs: 0 });
    await expect.element(page.getByText('Still not it.')).toBeVisible();
  });
});

describe('the clocks', () => {
  it('runs the race clock in the header while the workbench is open', async () => {
    await render(GameScreen);
    play.selectFile('f-race');
    await page.getByRole('tab', { name: 'Workbench' }).click();
    const clock = page.getByRole('timer', { name: /Vault door/ });
    await expect.element(clock).toBeVisible();
    const first = Number(/(\d+) seconds/.exec(clock.element().getAttribute('aria-label') ?? '')?.[1]);
    await expect
      .poll(() => Number(/(\d+) seconds/.exec(clock.element().getAttribute('aria-label') ?? '')?.[1]), {
        timeout: 4000,
      })
      .toBeLessThan(first);
  });

  it('keeps the race clock running after the player leaves the puzzle and comes back', async () => {
    await render(GameScreen);
    play.selectFile('f-race');
    await expect.element(page.getByRole('timer', { name: /Vault door/ })).toBeVisible();
    play.selectFile('f-log');
    await new Promise((r) => setTimeout(r, 1300));
    play.selectFile('f-race');
    const label = page
      .getByRole('timer', { name: /Vault door/ })
      .element()
      .getAttribute('aria-label');
    expect(Number(/(\d+) seconds/.exec(label ?? '')?.[1])).toBeLessThan(90);
  });

  it('shows the wait after a wrong answer in the header, and counts it down in the workbench', async () => {
    answer = () => ({ kind: 'wrong', message: 'That is not it.', waitMs: 3000 });
    await render(GameScreen);
    play.selectFile('f-locked');
    await page.getByRole('textbox', { name: 'What does the packet say?' }).fill('guess');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText(/Next try in \d s/)).toBeVisible();
    await page.getByRole('tab', { name: 'Workbench' }).click();
    await expect.element(page.getByText(/Next try in [12] s/), { timeout: 4000 }).toBeVisible();
  });

  it("runs one clock across a race's steps, counts the steps, and stops it when the last falls", async () => {
    const race = { id: 'ch1', title: 'Stop the mast', seconds: 600, steps: 2 };
    const step = (n: number) => ({
      id: `p-step-${n}`,
      title: `Step ${n}`,
      chapter: 'ch1',
      cipher: 'caesar',
      ciphertext: 'GRRU',
      prompt: `What opens step ${n}?`,
      keepSpaces: true,
      race,
      locks: [`f-step-${n}`],
    });
    const stepFile = (n: number) => ({
      id: `f-step-${n}`,
      title: `Step file ${n}`,
      kind: 'log' as const,
      folder: 'race',
      chapter: 'ch1',
      lockedBy: `p-step-${n}`,
      ciphertext: 'GRRU',
    });
    const base = gameView();
    const at = (solved: string[], steps: number): GameView => ({
      ...base,
      files: [...base.files, ...[1, 2].slice(0, steps).map(stepFile)],
      puzzles: [...base.puzzles, ...[1, 2].slice(0, steps).map(step)],
      bodies: [
        ...base.bodies,
        ...solved.map((id) => ({ id: id.replace('p-', 'f-'), html: '<p>The step is open.</p>' })),
      ],
      solved,
    });
    view = at([], 1);
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);

    play.selectFile('f-step-1');
    const clock = page.getByRole('timer', { name: /Stop the mast/ });
    await expect.element(clock).toHaveAccessibleName(/Stop the mast: 600 seconds left, 0 of 2 steps done/);
    await expect.element(page.getByText(/Stop the mast, step 1 of 2/)).toBeVisible();
    await new Promise((r) => setTimeout(r, 1300));

    answer = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view: at(['p-step-1'], 2) });
    await play.answer('p-step-1', 'door');
    play.selectFile('f-step-2');
    // The same clock, still running: not started again for the second step.
    await expect.element(clock).toHaveAccessibleName(/1 of 2 steps done/);
    const left = Number(/(\d+) seconds/.exec(clock.element().getAttribute('aria-label') ?? '')?.[1]);
    expect(left).toBeLessThan(600);
    await expect.element(page.getByText(/step 2 of 2/)).toBeVisible();

    answer = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view: at(['p-step-1', 'p-step-2'], 2) });
    await play.answer('p-step-2', 'door');
    await expect.element(page.getByText(/Stop the mast: done with \d+:\d\d on the clock/)).toBeVisible();
    expect(document.querySelector('[role="timer"]')).toBeNull();
  });

  it('shows no race clock when timers are turned off', async () => {
    settings.value = { ...defaultSettings, timers: false };
    await render(GameScreen);
    play.selectFile('f-race');
    await expect.element(page.getByRole('heading', { name: 'Vault door', level: 2 })).toBeVisible();
    expect(document.querySelector('[role="timer"]')).toBeNull();
    settings.value = { ...defaultSettings };
  });
});

describe('the Board tab', () => {
  it('counts as new only the cards the board has not shown yet, placed or not', async () => {
    view = gameView({
      board: board({ nodes: [{ id: 'n1', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }], seen: ['c-kai'] }),
    });
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await expect.element(page.getByRole('tab', { name: /Board/ })).toHaveTextContent(/^\s*Board\s*1 new\s*$/);
  });

  it('shows no count once every card found has been seen, even with cards left in the tray', async () => {
    view = gameView({
      board: board({ seen: ['c-kai', 'c-ring'] }),
    });
    await play.open('test-pack', 'slot-1');
    await render(GameScreen);
    await expect.element(page.getByRole('tab', { name: /Board/ })).toHaveTextContent(/^\s*Board\s*$/);
  });
});

describe('room for the board', () => {
  const vault = () => page.getByRole('navigation', { name: 'Vault' });
  // The playtest's laptop screen, where the board's canvas was too narrow.
  beforeEach(() => page.viewport(1366, 800));
  afterEach(() => page.viewport(414, 896));

  it('folds the vault away on the Board tab only, and remembers the choice', async () => {
    const screen = await render(GameScreen);
    await page.getByRole('tab', { name: /Board/ }).click();
    const fold = page.getByRole('button', { name: 'Hide vault' });
    await expect.element(fold).toHaveAttribute('aria-expanded', 'true');
    const before = page.getByRole('tabpanel').element().getBoundingClientRect().width;
    await fold.click();
    await expect.element(vault()).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: 'Show vault' }))
      .toHaveAttribute('aria-expanded', 'false');
    expect(page.getByRole('tabpanel').element().getBoundingClientRect().width).toBeGreaterThan(before + 200);

    await page.getByRole('tab', { name: 'Reader' }).click();
    await expect.element(vault()).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Show vault' })).not.toBeInTheDocument();

    await screen.unmount();
    await render(GameScreen);
    await page.getByRole('tab', { name: /Board/ }).click();
    await expect.element(vault()).not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Show vault' }).click();
    await expect.element(vault()).toBeVisible();
  });

  it('moves F6 past a folded vault, from the board back to the tabs', async () => {
    await render(GameScreen);
    await page.getByRole('tab', { name: /Board/ }).click();
    await page.getByRole('button', { name: 'Hide vault' }).click();
    page.getByRole('tabpanel').element().focus();
    await userEvent.keyboard('{F6}');
    expect(active()).toBe(page.getByRole('tab', { name: /Board/ }).element());
    await userEvent.keyboard('{Shift>}{F6}{/Shift}');
    expect(active()).toBe(page.getByRole('tabpanel').element());
  });
});

describe('keyboard focus', () => {
  it('makes the vault one Tab stop: the open file', async () => {
    await render(GameScreen);
    await expect.element(page.getByRole('navigation', { name: 'Vault' })).toBeVisible();
    const stops = [...document.querySelectorAll<HTMLElement>('button[data-file]')].filter(
      (b) => b.tabIndex === 0,
    );
    expect(stops.map((b) => b.dataset.file)).toEqual(['f-message']);
  });

  it('moves F6 to the open file, and Tab from there out of the vault to the tabs', async () => {
    await render(GameScreen);
    await expect.element(page.getByRole('heading', { name: 'Test Case', level: 1 })).toHaveFocus();
    await userEvent.keyboard('{F6}');
    expect((active() as HTMLElement).dataset.file).toBe('f-message');
    await userEvent.keyboard('{Tab}');
    await expect.element(page.getByRole('tab', { name: 'Reader' })).toHaveFocus();
  });

  it('moves F6 to the current tab, and Tab from there to the panel, not into the ciphertext box', async () => {
    await render(GameScreen);
    play.selectFile('f-locked');
    await page.getByRole('tab', { name: 'Workbench' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Input' })).toBeVisible();
    (document.querySelector('button[data-file="f-locked"]') as HTMLElement).focus();
    await userEvent.keyboard('{F6}');
    await expect.element(page.getByRole('tab', { name: 'Workbench' })).toHaveFocus();
    await userEvent.keyboard('{Tab}');
    expect(active()).toBe(panel());
  });

  it('moves between vault files with the arrow keys, the open one staying the Tab stop', async () => {
    await render(GameScreen);
    await userEvent.keyboard('{F6}');
    await userEvent.keyboard('{ArrowDown}');
    expect((active() as HTMLElement).dataset.file).not.toBe('f-message');
    await userEvent.keyboard('{Enter}');
    const opened = (active() as HTMLElement).dataset.file;
    expect(play.selectedFile).toBe(opened);
    expect((active() as HTMLElement).tabIndex).toBe(0);
  });

  it('puts focus on the new tab after Alt+1, not on the page', async () => {
    await render(GameScreen);
    await page.getByRole('tab', { name: 'Workbench' }).click();
    const input = page.getByRole('textbox', { name: 'Input' });
    await input.click();
    await userEvent.keyboard('{Alt>}1{/Alt}');
    await expect.poll(() => active()).toBe(panel());
    expect(play.tab).toBe('reader');
  });

  it('puts focus on the news that a file opened after solving it', async () => {
    answer = () => ({
      kind: 'solved',
      unlocked: NOTHING_UNLOCKED,
      view: {
        ...view,
        solved: ['p-sealed'],
        bodies: [...view.bodies, { id: 'f-locked', html: '<p>The ledger.</p>' }],
      },
    });
    await render(GameScreen);
    play.selectFile('f-locked');
    await page.getByRole('textbox', { name: 'What does the packet say?' }).fill('the ledger');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Solved. The file is open.')).toHaveFocus();
  });

  it('puts focus back in the game after a story dialog closes over a control that is gone', async () => {
    const closing = view.scenes[0]!;
    answer = () => ({
      kind: 'solved',
      unlocked: {
        chapters: [],
        completedChapters: ['ch1'],
        scenes: [],
        files: [],
        bodies: [],
        clues: [],
        puzzles: [],
        deductions: [],
      },
      view: {
        ...view,
        solved: ['p-sealed'],
        completedChapters: ['ch1'],
        bodies: [...view.bodies, { id: 'f-locked', html: '<p>The ledger.</p>' }],
      },
    });
    await render(GameScreen);
    play.selectFile('f-locked');
    await page.getByRole('textbox', { name: 'What does the packet say?' }).fill('the ledger');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog', { name: closing.title })).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect.poll(() => active() !== document.body && active() !== null).toBe(true);
    expect(document.querySelector('.game')?.contains(active())).toBe(true);
  });

  it("keeps focus in the workbench's input after restoring the file's ciphertext", async () => {
    await render(GameScreen);
    play.selectFile('f-locked');
    await page.getByRole('tab', { name: 'Workbench' }).click();
    const input = page.getByRole('textbox', { name: 'Input' });
    await input.fill('something else');
    await page.getByRole('button', { name: "Restore the file's ciphertext" }).click();
    await expect.element(input).toHaveValue('WKH OHGJHU');
    await expect.poll(() => active()).toBe(input.element());
  });
});

describe('announcements', () => {
  it('leaves what the game announced behind when the player returns to the title screen', async () => {
    nav.announce('Unlocked: 1 new deduction.');
    await Promise.resolve();
    expect(nav.announcement).toBe('Unlocked: 1 new deduction.');
    await play.leave();
    expect(nav.announcement).toBe('');
  });

  it('starts a new game without the last game’s announcement', async () => {
    nav.announce('Unlocked: 1 new deduction.');
    await play.newGame('test-pack');
    await Promise.resolve();
    expect(nav.announcement).toBe('');
  });
});
