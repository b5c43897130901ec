import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import HintLadder from '../../../renderer/src/game/HintLadder.svelte';
import { installFakeGame } from '../support/fake-game';

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
