// Every screen in every theme, against the real core: axe finds no serious or critical violation on the
// title, packs, settings, reader, workbench and board screens, in the dark, light and high-contrast looks.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { SettingsPatch } from '@shared/settings';

const THEMES: { name: string; patch: SettingsPatch; html: Record<string, string> }[] = [
  {
    name: 'dark',
    patch: { theme: 'dark', highContrast: false },
    html: { theme: 'dark', contrast: 'normal' },
  },
  {
    name: 'light',
    patch: { theme: 'light', highContrast: false },
    html: { theme: 'light', contrast: 'normal' },
  },
  {
    name: 'high-contrast dark',
    patch: { theme: 'dark', highContrast: true },
    html: { theme: 'dark', contrast: 'high' },
  },
  {
    name: 'high-contrast light',
    patch: { theme: 'light', highContrast: true },
    html: { theme: 'light', contrast: 'high' },
  },
];

async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  // The race of transitions settling: axe reads colours, so let the glow and fades finish first.
  await page.waitForTimeout(400);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.setTimeout(180_000);

for (const theme of THEMES) {
  test(`no screen has a serious or critical accessibility violation in the ${theme.name} theme`, async ({
    page,
    app: _app,
    host,
  }) => {
    const set = await host.core.router.call('updateSettings', theme.patch);
    expect(set.ok).toBe(true);
    await page.reload();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', theme.html.theme!);
    await expect(html).toHaveAttribute('data-contrast', theme.html.contrast!);

    const found: string[] = [];
    await expect(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, 'title')));

    await page.getByRole('button', { name: 'Packs' }).click();
    await expect(page.getByRole('heading', { name: /Packs/, level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, 'packs')));
    await page.getByRole('button', { name: /Back/ }).click();

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    found.push(...(await seriousViolations(page, 'settings')));
    await page.getByRole('button', { name: /Back/ }).click();

    await page.getByRole('button', { name: 'New Game' }).click();
    const scene = page.getByRole('dialog');
    await expect(scene).toBeVisible();
    found.push(...(await seriousViolations(page, 'story scene')));
    await scene.getByRole('button', { name: /Back to the vault|Continue/ }).click();
    await expect(scene).toBeHidden();

    const vault = page.getByRole('navigation', { name: 'Vault' });
    await vault.getByRole('button').filter({ hasNotText: 'Locked' }).first().click();
    await expect(page.locator('#file-title')).toBeVisible();
    await expect(page.getByText('This file is locked by a cipher.')).toBeHidden();
    found.push(...(await seriousViolations(page, 'reader')));

    await vault
      .getByRole('button', { name: /Locked/ })
      .first()
      .click();
    await expect(page.getByText('This file is locked by a cipher.')).toBeVisible();
    found.push(...(await seriousViolations(page, 'reader, locked file')));

    await page.getByRole('tab', { name: 'Workbench' }).click();
    await expect(page.getByRole('textbox', { name: 'Input' })).toBeVisible();
    found.push(...(await seriousViolations(page, 'workbench')));

    await page.getByRole('tab', { name: /Board/ }).click();
    await expect(page.locator('.svelte-flow__viewport')).toBeVisible();
    found.push(...(await seriousViolations(page, 'board')));

    await page.getByRole('tab', { name: 'Story' }).click();
    found.push(...(await seriousViolations(page, 'story')));

    expect(found).toEqual([]);
  });
}
