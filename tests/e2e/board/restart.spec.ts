// Quitting mid-chapter and starting again: the workbench recipe in progress and the half-filled deduction are
// as they were, because both are saved through the engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from '../support/fixtures';

async function openFile(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Vault' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

interface Step {
  solve?: string;
  answer?: string;
  deduce?: string;
  fills?: Record<string, string>;
  links?: { from: string; type: string; to: string }[];
}

const SCRAP = 'Packet from relay 3';

test.setTimeout(240_000);

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

  // A recipe in progress on a file still locked.
  await openFile(page, SCRAP);
  await page.getByRole('tab', { name: 'Workbench' }).click();
  const search = page.getByRole('searchbox', { name: 'Add an operation' });
  await search.fill('reverse');
  await search.press('Enter');
  await expect.poll(() => host.calls.some((c) => c.channel.endsWith('saveRecipe'))).toBe(true);

  host.core.flush();
  host.core = host.restart();
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();
  await openFile(page, SCRAP);
  await page.getByRole('tab', { name: 'Workbench' }).click();
  await expect(page.getByRole('heading', { level: 4, name: /Step 1: Reverse/ })).toBeVisible();

  // Up to the chapter 3 fill deduction through the engine, as the walkthrough plays it.
  const walk = parse(
    readFileSync(resolve(import.meta.dirname, '../../../puzzles/neos-2148/walkthrough.yaml'), 'utf8'),
  ) as { steps: Step[] };
  for (const step of walk.steps) {
    if (step.deduce === 'd-ch3-answer') break;
    const result = (
      step.solve
        ? await host.core.router.call('submitAnswer', { puzzleId: step.solve, answer: String(step.answer) })
        : await host.core.router.call('submitDeduction', {
            deductionId: step.deduce!,
            submission: step.fills ? { fills: step.fills } : { links: step.links ?? [] },
          })
    ) as { ok: boolean; value?: { kind: string } };
    expect(result.value?.kind, step.solve ?? step.deduce).toBe('solved');
  }
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('tab', { name: /Board/ }).click();
  const mira = page.getByRole('button', { name: 'Place Person: Mira Solis' });
  await mira.click();
  await expect(mira).toHaveCount(0);
  await page.getByRole('combobox', { name: 'holder (person)' }).selectOption({ label: 'Mira Solis' });
  await expect
    .poll(() =>
      host.calls.some((c) => c.channel.endsWith('saveBoard') && JSON.stringify(c.payload).includes('fills')),
    )
    .toBe(true);

  // Quit: the engine writes what it holds, and a new one starts over the same folder.
  host.core.flush();
  host.core = host.restart();
  await page.reload();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByRole('tab', { name: /Board/ }).click();
  await expect(page.getByRole('combobox', { name: 'holder (person)' })).toHaveValue('c-mira-solis');
  await expect(page.getByRole('combobox', { name: 'weapon (object)' })).toHaveValue('');
});
