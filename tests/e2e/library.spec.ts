// Installs a pack through the library screen, plays it from there, and removes it again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPack } from '@core/pack/seal-pack';
import { scaffold } from '@core/pack/scaffold';
import { expect, test } from './support/fixtures';

test('a pack installs from a file on the Packs screen, shows in the library, and can be removed', async ({
  page,
  app: _app,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'resonance-pack-'));
  const source = join(work, 'relay-inbox');
  await scaffold(source);
  const built = await buildPack(source, { cost: 'fast' });
  const file = join(work, 'relay-inbox.rpack');
  writeFileSync(file, built.bytes);
  const broken = join(work, 'broken.rpack');
  writeFileSync(broken, built.bytes.subarray(0, built.bytes.length - 200));

  await page.getByRole('button', { name: 'Packs' }).click();
  await expect(page.getByRole('heading', { name: 'Packs', level: 1 })).toBeFocused();

  // A damaged file is refused in a dialog that names the file and says what to do.
  await page.getByLabel('Choose a pack file to install').setInputFiles(broken);
  const refused = page.getByRole('dialog', { name: 'This pack was not installed' });
  await expect(refused).toBeVisible();
  await expect(refused).toContainText('broken.rpack');
  await expect(refused).toContainText(/damaged|not a Resonance pack/);
  await refused.getByRole('button', { name: 'OK' }).click();
  await expect(refused).toBeHidden();

  await page.getByLabel('Choose a pack file to install').setInputFiles(file);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Installed “The Relay Inbox” 0.1.0.',
  );
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'The Relay Inbox' }) });
  await expect(card).toContainText('by Your name · version 0.1.0');

  // Start it, come back: its save is listed under it.
  await card.getByRole('button', { name: 'New game' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Back to the vault|Continue/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Relay Inbox' })).toBeVisible();
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await page.getByRole('button', { name: 'Packs' }).click();
  await expect(card.getByRole('button', { name: 'Continue' })).toBeVisible();

  // Removing asks first; the built-in campaign offers no Remove at all.
  await card.getByRole('button', { name: 'Remove…' }).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByRole('checkbox', { name: 'Keep its saves' })).toBeChecked();
  await confirm.getByRole('button', { name: 'Remove the pack' }).click();
  await expect(page.getByRole('heading', { name: 'The Relay Inbox' })).toHaveCount(0);
  const campaign = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Neos/ }) });
  await expect(campaign.getByRole('button', { name: 'Remove…' })).toHaveCount(0);
});

test('a file the operating system hands over that is not a pack is refused in a dialog', async ({
  page,
  app: _app,
  host,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'resonance-os-'));
  const notes = join(work, 'notes.txt');
  writeFileSync(notes, 'not a pack');
  await expect(page.getByRole('button', { name: 'New Game' })).toBeVisible();
  expect(host.core.installFromHost(notes)).toBeUndefined();
  const refused = page.getByRole('dialog', { name: 'This pack was not installed' });
  await expect(refused).toContainText('"notes.txt" is not a Resonance pack: choose a file ending in .rpack.');
  await page.keyboard.press('Escape');
  await expect(refused).toBeHidden();
});
