// The evidence board in Chromium: no serious or critical axe violation, in its resting state, with the link
// dialog open and after wrong feedback; and a deduction played from the keyboard alone.
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { build, preview, type PreviewServer } from 'vite';

const CONFIG = resolve(import.meta.dirname, 'harness/vite.config.ts');
let server: PreviewServer;
let url: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await build({ configFile: CONFIG });
  server = await preview({ configFile: CONFIG, preview: { host: '127.0.0.1', port: 0 } });
  url = server.resolvedUrls?.local[0] ?? '';
});

test.afterAll(async () => {
  await server?.close();
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.evidence-board').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test('the board has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto(url);
  await expect(page.getByRole('group', { name: 'Person: Kai Zen', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('group', { name: 'Person: Kai Zen', exact: true }).focus();
  await page.keyboard.press('l');
  await expect(page.getByRole('dialog', { name: 'Link Kai Zen to…' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});

test('a deduction is played from the keyboard: wrong, wait, then solved', async ({ page }) => {
  // The page's clock is Playwright's, so the wait after a wrong answer is skipped, not sat through.
  await page.clock.install();
  await page.goto(url);
  const ring = page.getByRole('button', { name: 'Place Place: Hearth Ring' });
  await ring.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Place: Hearth Ring', exact: true })).toBeFocused();
  for (const slot of ['who (person)', 'what (document)', 'where (place)']) {
    await page.getByRole('combobox', { name: slot }).focus();
    await page.keyboard.press('ArrowDown');
  }
  await page.getByRole('button', { name: 'Submit sentence' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer')).toHaveText(/Next try in \d s/);
  await expect(page.getByRole('button', { name: 'Submit sentence' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'where (place), wrong' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.clock.fastForward(2000);
  await expect(page.getByRole('button', { name: 'Submit sentence' })).toBeEnabled();
  await page.getByRole('button', { name: 'Submit sentence' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('article', { name: /Who wrote the memo/ }).getByText('✓ Solved', { exact: true }),
  ).toBeVisible();
});
