import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EndingScreen from '../../../renderer/src/game/EndingScreen.svelte';
import { installFakeGame } from '../support/fake-game';
import { gameView } from './game-fixture';
import type { LedgerLine } from '@shared/game-types';

const ledgers: Record<string, LedgerLine[]> = {
  ch1: [],
  ch2: [{ gateId: 'p-race', title: 'Vault door', rungs: ['nudge', 'method'] }],
};

function finished() {
  return gameView({
    completedChapters: ['ch1', 'ch2'],
    finished: true,
    scenes: [
      ...gameView().scenes,
      { id: 'sc-close-2', title: 'After the vault', html: '<p>Neos wakes to a quieter morning.</p>' },
    ],
  });
}

describe('the ending of a finished case', () => {
  it('shows the time played, the hints of each chapter and the last closing scene as the epilogue', async () => {
    installFakeGame({ hintLedger: (p) => ledgers[(p as { chapterId: string }).chapterId] ?? [] });
    await render(EndingScreen, { view: finished(), onReturn: () => undefined, onTitle: () => undefined });
    await expect.element(page.getByRole('heading', { name: 'Case closed', level: 1 })).toHaveFocus();
    await expect.element(page.getByText('1 hour 5 minutes')).toBeVisible();
    await expect.element(page.getByText('Vault door: nudge, method')).toBeVisible();
    await expect.element(page.getByText(/no hints: every lock fell/)).toBeVisible();
    await expect
      .element(page.getByRole('heading', { name: 'Epilogue: After the vault', level: 2 }))
      .toBeVisible();
    await expect.element(page.getByText('Neos wakes to a quieter morning.')).toBeVisible();
  });

  it('lets the player go back to the vault or to the title screen', async () => {
    installFakeGame({ hintLedger: () => [] });
    const onReturn = vi.fn();
    const onTitle = vi.fn();
    await render(EndingScreen, { view: finished(), onReturn, onTitle });
    await page.getByRole('button', { name: 'Back to the vault' }).click();
    await page.getByRole('button', { name: 'Title screen' }).click();
    expect(onReturn).toHaveBeenCalledOnce();
    expect(onTitle).toHaveBeenCalledOnce();
  });

  it('says so in a sentence when the hint ledger cannot be read', async () => {
    installFakeGame({});
    await render(EndingScreen, { view: finished(), onReturn: () => undefined, onTitle: () => undefined });
    await expect.element(page.getByRole('alert')).toHaveTextContent('no answer');
  });
});
