// Leaving mid-chapter and coming back: Title → Continue, and a restart of the window, both open the file and
// the tab the player was on.
import { expect, test } from './support/fixtures';

test('the open file and tab survive Title → Continue and a restart', async ({ page, app: _app }) => {
  await page.getByRole('button', { name: 'New Game' }).click();
  const scene = page.getByRole('dialog');
  await scene.getByRole('button', { name: /Back to the vault|Continue/ }).click();
  await expect(scene).toBeHidden();

  // Open a file other than the first, and the workbench on it.
  const vault = page.getByRole('navigation', { name: 'Vault' });
  const files = vault.locator('button[data-file]');
  const second = files.nth(1);
  const title = (await second.locator('.name').textContent())?.trim() ?? '';
  await second.click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await page.getByRole('tab', { name: 'Story' }).click();

  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('tab', { name: 'Story' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Reader' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(vault.getByRole('button', { name: title })).toHaveAttribute('aria-current', 'true');
});
