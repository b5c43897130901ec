// Vault files a new player has not opened yet carry a New mark; opening one clears it for good, through
// Title → Continue and a restart of the engine.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const vault = (page: Page) => page.getByRole('navigation', { name: 'Vault' });
const file = (page: Page, id: string) => vault(page).locator(`button[data-file="${id}"]`);
const markOf = (page: Page, id: string): Locator =>
  vault(page)
    .locator('li', { has: page.locator(`button[data-file="${id}"]`) })
    .locator('.new-mark');

test('a new file is marked unread until it is opened, and stays read after Continue and a restart', async ({
  page,
  app: _app,
  host,
}) => {
  await page.getByRole('button', { name: 'New Game' }).click();
  const scene = page.getByRole('dialog');
  await scene.getByRole('button', { name: /Back to the vault|Continue/ }).click();
  await expect(scene).toBeHidden();

  // The file the game opened for the player is read; the next one is not.
  const buttons = vault(page).locator('button[data-file]');
  const first = (await buttons.nth(0).getAttribute('data-file')) ?? '';
  const second = (await buttons.nth(1).getAttribute('data-file')) ?? '';
  const title = (await buttons.nth(1).locator('.name').textContent())?.trim() ?? '';
  await expect(markOf(page, first)).toHaveCount(0);
  await expect(markOf(page, second)).toHaveText('New');
  await expect(file(page, second)).toHaveAccessibleDescription('New: not opened since it arrived.');
  await expect(vault(page).getByText(/\d+ unread/)).toBeVisible();

  await file(page, second).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(markOf(page, second)).toHaveCount(0);
  await expect(file(page, second)).not.toHaveAttribute('aria-describedby');

  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(file(page, second)).toBeVisible();
  await expect(markOf(page, second)).toHaveCount(0);
  await expect(markOf(page, first)).toHaveCount(0);

  // Quit: the engine writes what it holds, and a new one starts over the same folder.
  host.core.flush();
  host.core = host.restart();
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(file(page, second)).toBeVisible();
  await expect(markOf(page, second)).toHaveCount(0);
  const third = (await buttons.nth(2).getAttribute('data-file')) ?? '';
  await expect(markOf(page, third)).toHaveText('New');
});
