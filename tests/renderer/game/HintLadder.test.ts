import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import HintLadder from '../../../renderer/src/game/HintLadder.svelte';
import { play } from '../../../renderer/src/lib/play.svelte';
import { nav } from '../../../renderer/src/lib/navigation.svelte';
import type { GateProgress } from '@shared/game-types';
import { installFakeGame, type FakeGame } from '../support/fake-game';
import { gameView } from './game-fixture';

beforeEach(() => {
  installFakeGame({});
});

describe('the hint ladder', () => {
  it('asks before showing a hint, with focus on the button that shows it', async () => {
    await render(HintLadder, { gateId: 'p-sealed', progress: undefined });
    await page.getByRole('button', { name: /Take a hint/ }).click();
    await expect.element(page.getByRole('dialog', { name: 'Take the nudge hint?' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Show the hint' })).toHaveFocus();
  });
});

describe('a sealed hint', () => {
  const MIN = 60_000;
  const locked = (pinpoint: number): GateProgress => ({
    hintsTaken: ['nudge', 'method'],
    hints: [],
    wrongGuesses: 0,
    waitUntil: 0,
    hintLocks: { pinpoint, reveal: pinpoint + 10 * MIN },
  });
  let fresh: GateProgress;
  let fake: FakeGame;

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    fresh = locked(0);
    const opened = () => gameView({ progress: { 'p-sealed': locked(5 * MIN) } });
    fake = installFakeGame({
      openGame: opened,
      gameView: () => ({ ...opened(), progress: { 'p-sealed': fresh } }),
      saveBoard: () => null,
      focusGate: () => null,
    });
    await play.open('test-pack', 'slot-1');
    // Opening the locked file sets the engine to work on its lock.
    play.selectFile('f-locked');
    nav.clearAnnouncement();
  });

  afterEach(async () => {
    vi.useRealTimers();
    await play.leave();
  });

  const lockText = () => page.getByTestId('hint-lock');
  const renderLadder = () =>
    render(HintLadder, {
      gateId: 'p-sealed',
      get progress() {
        return play.view?.progress['p-sealed'];
      },
    });

  it('counts down while it is on screen, without a live region announcing each tick', async () => {
    renderLadder();
    await expect.element(lockText()).toHaveTextContent('about 5 min of work left');
    vi.advanceTimersByTime(2 * MIN);
    await expect.element(lockText()).toHaveTextContent('about 3 min of work left');
    vi.advanceTimersByTime(2 * MIN + 30_000);
    await expect.element(lockText()).toHaveTextContent('about 30 s of work left');
    expect(
      lockText().element().closest('[aria-live], [role="status"], [role="alert"], [role="log"]'),
    ).toBeNull();
    expect(nav.announcement).toBe('');
  });

  it('counts only the time the puzzle is being worked on', async () => {
    renderLadder();
    play.selectFile('f-log');
    vi.advanceTimersByTime(3 * MIN);
    play.selectFile('f-locked');
    vi.advanceTimersByTime(MIN);
    await expect.element(lockText()).toHaveTextContent('about 4 min of work left');
  });

  it('asks the engine when the count runs out, and announces the rung once it is open', async () => {
    renderLadder();
    vi.advanceTimersByTime(5 * MIN + 1_000);
    await expect.poll(() => nav.announcement).toBe('The pinpoint hint is open: take it when you are ready.');
    expect(fake.calls.filter((c) => c.channel === 'resonance:gameView')).toHaveLength(1);
    await expect.element(lockText()).not.toBeInTheDocument();
  });

  it('goes on counting from the engine’s new reading when the lock took longer than estimated', async () => {
    fresh = locked(2 * MIN);
    renderLadder();
    vi.advanceTimersByTime(5 * MIN + 1_000);
    await expect.element(lockText()).toHaveTextContent('about 2 min of work left');
    expect(nav.announcement).toBe('');
  });

  it('stops ticking when the ladder is gone', async () => {
    const shown = await renderLadder();
    await expect.element(lockText()).toBeVisible();
    const timers = vi.getTimerCount();
    await shown.unmount();
    expect(vi.getTimerCount()).toBe(timers - 1);
  });
});
