// Dev mode through the window: the core plays a temporary copy of a pack folder, reloads each edit into
// the running game with progress kept, shows a broken edit's problem in the dev panel while the game
// keeps running, and starts from a chapter-2 deduction by replaying the walkthrough.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createCoreHost, root } from './support/browser-host';
import { expect, test as base } from './support/fixtures';

const test = base.extend<{ folder: string; terminal: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  folder: async ({}, use) => {
    const parent = await mkdtemp(join(tmpdir(), 'resonance-dev-pack-'));
    const folder = join(parent, 'relay-inbox');
    await cp(join(root, 'tests/fixtures/packs/base'), folder, { recursive: true });
    await use(folder);
    await rm(parent, { recursive: true, force: true });
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  terminal: async ({}, use) => use([]),
  host: async ({ folder, terminal }, use) => {
    const host = createCoreHost(await mkdtemp(join(tmpdir(), 'resonance-dev-e2e-')), {
      dev: { folder, terminal: (line) => terminal.push(line) },
    });
    await host.core.dev!.ready;
    await use(host);
    await host.core.dev!.close();
    host.core.session.close();
    host.dispose();
  },
});

const edit = async (folder: string, rel: string, change: (text: string) => string) =>
  writeFile(join(folder, rel), change(await readFile(join(folder, rel), 'utf8')));

async function openFile(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Vault' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

test('an edit reaches the running game within two seconds with progress kept, and a broken edit never stops it', async ({
  page,
  app: _app,
  folder,
  terminal,
}) => {
  const panel = page.getByRole('complementary', { name: 'Dev panel' });
  await expect(panel.getByRole('status')).toHaveText('DEV BUILD 1 · checks');
  await expect(page.getByRole('heading', { level: 1, name: 'The Relay Inbox' })).toBeVisible();

  // Solve the first puzzle through the answer box.
  await openFile(page, 'log_0417');
  const box = page.getByRole('textbox', { name: /trust keys/ });
  await box.fill('lantern');
  await box.press('Enter');
  await expect(page.getByText('The password for my next note is LANTERN.')).toBeVisible();

  // Edit the open file's text: the game shows it within two seconds, the puzzle still solved.
  await edit(folder, 'files/inbox/first-log.md', (t) =>
    t.replace('The password for my next note is LANTERN.', 'My next note takes the password LANTERN.'),
  );
  await expect(page.getByText('My next note takes the password LANTERN.')).toBeVisible({ timeout: 2_000 });
  await expect(panel.getByRole('status')).toHaveText('DEV BUILD 2 · checks');
  await expect(page.getByRole('textbox', { name: /trust keys/ })).toHaveCount(0);

  // Break the YAML: the panel names the line within two seconds; the game keeps running build 2.
  await edit(folder, 'clues.yaml', (t) => t.replace('  - id: c-trust-keys', '  - id: [c-trust-keys'));
  const problem = panel.getByRole('list', { name: 'Problems' }).getByRole('listitem').first();
  await expect(problem).toHaveText(/^clues\.yaml:\d+:\d+: /, { timeout: 2_000 });
  await expect(panel.getByRole('alert')).toContainText('keeps running build 2');
  const axe = await new AxeBuilder({ page }).include('aside[aria-label="Dev panel"]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
  expect(terminal).toContain(await problem.textContent());
  await openFile(page, 'relay_message');
  await openFile(page, 'log_0417');
  await expect(page.getByText('My next note takes the password LANTERN.')).toBeVisible();

  // Fix it: build 3 loads, the problem list empties, the progress is still there.
  await edit(folder, 'clues.yaml', (t) => t.replace('  - id: [c-trust-keys', '  - id: c-trust-keys'));
  await expect(panel.getByRole('status')).toHaveText('DEV BUILD 3 · checks', { timeout: 2_000 });
  await expect(panel.getByRole('list', { name: 'Problems' })).toHaveCount(0);
  await expect(page.getByText('My next note takes the password LANTERN.')).toBeVisible();
});

test('start from here jumps to the chapter-2 deduction by replaying the walkthrough', async ({
  page,
  app: _app,
  host,
}) => {
  const panel = page.getByRole('complementary', { name: 'Dev panel' });
  await expect(panel.getByRole('status')).toHaveText('DEV BUILD 1 · checks');
  await panel.getByLabel('Start from here').selectOption('d-the-route');
  await panel.getByRole('button', { name: 'Start here' }).click();

  await expect(page.getByText(/Chapter 2: The Archive/)).toBeVisible();
  await expect(page.getByRole('tab', { name: /Board/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Link who wrote the note and where it was written.')).toBeVisible();
  const view = host.core.session.view();
  expect(view.solved.sort()).toEqual(['d-the-drop', 'p-first-light', 'p-keyed-note']);

  // The unlock map shows the same pack; clicking a node says where it is defined.
  await panel.getByRole('button', { name: 'Unlock map' }).click();
  const map = page.getByRole('region', { name: 'Unlock map of the pack' });
  await map.getByText('The route of the note').click();
  await expect(map.getByText(/deductions\.yaml:\d+/)).toBeVisible();
});
