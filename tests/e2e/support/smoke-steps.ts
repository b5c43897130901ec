// The settings smoke journey, shared by the Chromium and the Electron runs of the smoke spec.
import { expect, type Page } from '@playwright/test';

/** `restart` reloads the page or relaunches the app, and returns the page to continue on. */
export async function changeSettingAndReload(first: Page, restart: () => Promise<Page>): Promise<void> {
  let page = first;
  await expect(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();

  // Keyboard only: the menu takes focus, arrows move through it, Enter opens Settings.
  await expect(page.getByRole('button', { name: 'New Game' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Packs
  await page.keyboard.press('ArrowDown'); // Settings
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();

  const highContrast = page.getByRole('checkbox', { name: 'High contrast' });
  await expect(highContrast).not.toBeChecked();
  await highContrast.focus();
  await page.keyboard.press('Space');
  await expect(highContrast).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('#announcer')).toHaveText('Setting saved.');

  page = await restart();

  await expect(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('checkbox', { name: 'High contrast' })).toBeChecked();
}
