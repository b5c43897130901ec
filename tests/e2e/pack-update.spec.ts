// Updating an installed pack through the Packs screen: the player is asked first, told what carries over,
// and continues the same save under the new version with its progress.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checkPack } from '@core/pack/check-pack';
import { PackSecret } from '@core/pack/pack-secret';
import { sealSource } from '@core/pack/seal-pack';
import { scaffold } from '@core/pack/scaffold';
import { expect, test } from './support/fixtures';

/** The scaffold pack sealed at `version` with the author's secret, written to a file; the same sources otherwise. */
async function build(work: string, version: string, secret: PackSecret): Promise<string> {
  // The folder's name is the pack's id: both versions share it.
  const dir = join(work, version, 'relay-inbox');
  await scaffold(dir);
  const { source } = await checkPack(dir);
  if (!source) throw new Error('The scaffold pack did not load.');
  source.meta.version = version;
  const file = join(work, `relay-inbox-${version}.rpack`);
  writeFileSync(file, (await sealSource(source, { cost: 'fast', secret })).bytes);
  return file;
}

const card = (page: Page) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The Relay Inbox' }) });

async function openLog(page: Page) {
  await page
    .getByRole('navigation', { name: 'Vault' })
    .getByRole('button', { name: /log_0417/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'log_0417' })).toBeVisible();
}

test('installs version 2 of a pack over version 1 through the Packs screen and continues with its progress', async ({
  page,
  app: _app,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'resonance-update-'));
  const secret = PackSecret.random();
  const [v1, v2] = [await build(work, '0.1.0', secret), await build(work, '0.2.0', secret)];

  await page.getByRole('button', { name: 'Packs' }).click();
  await page.getByLabel('Choose a pack file to install').setInputFiles(v1);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Installed “The Relay Inbox” 0.1.0.',
  );
  await expect(card(page)).toContainText(/by Your name · version 0\.1\.0 · build \S+/);

  // Play version 1: solve the first puzzle.
  await card(page).getByRole('button', { name: 'New game' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Back to the vault|Continue/ })
    .click();
  await openLog(page);
  const box = page.getByRole('textbox', { name: /Where did Kai leave the trust keys/ });
  await box.fill('lantern');
  await box.press('Enter');
  await expect(page.getByText('Solved. The file is open.')).toBeVisible();
  await page.getByRole('button', { name: 'Title', exact: true }).click();

  // Version 2 asks first, says the progress carries over, and replaces nothing until confirmed.
  await page.getByRole('button', { name: 'Packs' }).click();
  await expect(card(page)).toContainText(/[1-9]\d*% solved/);
  await page.getByLabel('Choose a pack file to install').setInputFiles(v2);
  const ask = page.getByRole('dialog', { name: /^Update “The Relay Inbox” 0\.1\.0 .*to 0\.2\.0\?$/ });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('All the progress in your save carries over.');
  await expect(card(page)).toContainText('version 0.1.0');
  await ask.getByRole('button', { name: 'Update to 0.2.0' }).click();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Updated to “The Relay Inbox” 0.2.0; your saves carry over.',
  );
  await expect(card(page)).toContainText(/version 0\.2\.0 · build \S+/);
  await expect(card(page)).toContainText(/[1-9]\d*% solved/);

  // The same save continues under version 2 with the puzzle still solved.
  await card(page).getByRole('button', { name: 'Continue' }).click();
  await openLog(page);
  await expect(page.getByText(/I left the trust keys under the lantern on Pier Nine/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Where did Kai leave the trust keys/ })).toHaveCount(0);
});
