// Quitting mid-chapter and starting again: the half-filled deduction and the workbench recipe are as they
// were, because both are saved through the engine.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

async function openFile(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Vault' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

test.setTimeout(120_000);

test('a restart mid-chapter keeps the half-filled deduction and the recipe in progress', async ({
  page,
  app: _app,
  host,
}) => {
  await page.getByRole('button', { name: 'New Game' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Back to the vault|Continue/ })
    .click();
  // The first three files are opened through the engine, so the test starts where the deduction appears.
  for (const [puzzleId, answer] of [
    ['p-relay-packet', 'Undertow'],
    ['p-mirror-note', 'Ledger of Consent'],
    ['p-annex-c', 'steward of cohesion'],
  ] as const) {
    const result = (await host.core.router.call('submitAnswer', { puzzleId, answer })) as {
      ok: boolean;
      value?: { kind: string };
    };
    expect(result.value?.kind, puzzleId).toBe('solved');
  }
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('tab', { name: /Board/ }).click();
  const steward = page.getByRole('button', { name: 'Place Person: The Steward of Cohesion' });
  await steward.click();
  await expect(steward).toHaveCount(0);
  await page
    .getByRole('combobox', { name: 'who (person)' })
    .selectOption({ label: 'The Steward of Cohesion' });
  await expect
    .poll(() =>
      host.calls.some((c) => c.channel.endsWith('saveBoard') && JSON.stringify(c.payload).includes('fills')),
    )
    .toBe(true);

  await openFile(page, 'Scrap in the relay 3 cache');
  await page.getByRole('tab', { name: 'Workbench' }).click();
  const search = page.getByRole('searchbox', { name: 'Add an operation' });
  await search.fill('reverse');
  await search.press('Enter');
  await expect.poll(() => host.calls.some((c) => c.channel.endsWith('saveRecipe'))).toBe(true);

  // Quit: the engine writes what it holds, and a new one starts over the same folder.
  host.core.flush();
  host.core = host.restart();
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('tab', { name: /Board/ }).click();
  await expect(page.getByRole('combobox', { name: 'who (person)' })).toHaveValue('c-steward-of-cohesion');
  await expect(page.getByRole('combobox', { name: 'what (object)' })).toHaveValue('');

  await openFile(page, 'Scrap in the relay 3 cache');
  await page.getByRole('tab', { name: 'Workbench' }).click();
  await expect(page.getByRole('heading', { level: 4, name: /Step 1: Reverse/ })).toBeVisible();
});
