// Plays the opening of the campaign through the UI, against the real core and the sealed built-in pack,
// and checks that no answer of a gate not yet solved ever reached the page.
import { expect, test } from './support/fixtures';
import { builtInAnswers, mentions, puzzlesOf, stringsIn } from './support/pack-source';
import { normaliseAnswer } from '../../electron/shared/answers/normalise';
import type { Page } from '@playwright/test';

const CAMPAIGN = 'neos-2148';
const puzzles = new Map(puzzlesOf(CAMPAIGN).map((p) => [p.id, p]));

async function openFile(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Vault' })
    .getByRole('button', { name: new RegExp(title) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function answer(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: /\?$/ });
  await box.fill(text);
  await box.press('Enter');
}

test.setTimeout(180_000);

test('chapter 1 plays through the vault, the workbench and the answer box', async ({
  page,
  app: _app,
  host,
}) => {
  await page.getByRole('button', { name: 'New Game' }).click();

  // The chapter opens with its scene; closing it returns to the vault.
  const scene = page.getByRole('dialog');
  await expect(scene).toBeVisible();
  await scene.getByRole('button', { name: /Back to the vault|Continue/ }).click();
  await expect(scene).toBeHidden();

  // The first locked file: a Caesar shift the workbench walks the player through.
  await openFile(page, 'Packet from relay 3');
  await expect(page.getByText('This file is locked by a cipher.')).toBeVisible();
  await expect(page.getByLabel('How to start')).toBeVisible();

  // A wrong answer, a near miss and the same wrong answer again each get their own reply.
  await answer(page, 'relay');
  await expect(page.getByRole('status').filter({ hasText: 'does not open it' })).toBeVisible();
  await answer(page, 'three');
  await expect(page.getByText(/Keep going: Three is the shift/)).toBeVisible();
  await answer(page, 'Relay!');
  await expect(page.getByText(/already tried that answer/)).toBeVisible();

  // The workbench: add a Caesar step, set the shift, and send the plaintext to the answer box.
  await page.getByRole('button', { name: 'Open the Cipher Workbench' }).click();
  await expect(page.getByRole('textbox', { name: 'Input' })).toHaveValue(/WR WKH RIILFH/);
  const search = page.getByRole('searchbox', { name: 'Add an operation' });
  await search.fill('caesar');
  await search.press('Enter');
  await page.getByRole('radio', { name: 'Decrypt' }).first().check();
  const shift = page.getByRole('spinbutton', { name: /Shift/ });
  await shift.fill('3');
  await expect(page.getByRole('region', { name: 'Output text' })).toContainText(
    'THE FIRST STAGE IS NAMED UNDERTOW',
  );

  await page.getByRole('tab', { name: 'Reader' }).click();
  await answer(page, 'Undertow');
  await expect(page.getByText('Solved. The file is open.')).toBeVisible();
  await expect(page.getByText('THE FIRST STAGE IS NAMED UNDERTOW')).toBeVisible();
  await expect(page.getByRole('tab', { name: /Board/ })).toContainText('new');

  // A hint, taken rung by rung with a confirmation.
  await openFile(page, 'Private note: Concord safeguards');
  await page.getByRole('button', { name: /Take a hint \(Nudge/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Show the hint' }).click();
  await expect(page.getByText(puzzles.get('p-mirror-note')!.hints.nudge)).toBeVisible();
  await expect(page.getByRole('button', { name: /Take a hint \(Method/ })).toBeVisible();

  // The rest of the chapter's locked files, answered in the reader.
  for (const [title, text] of [
    ['Private note: Concord safeguards', 'Ledger of Consent'],
    ['Bulletin 88, Annex C', 'steward of cohesion'],
    ['Scrap in the relay 3 cache', 'Mnemos Vault'],
  ] as const) {
    await openFile(page, title);
    await answer(page, text);
    await expect(page.getByText('Solved. The file is open.')).toBeVisible();
  }

  // Progress is saved: a new engine over the same folder reopens the game where it was.
  await page.getByRole('button', { name: '☰ Title' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
  const again = host.restart();
  const last = again.session.lastPlayed();
  expect(last?.packId).toBe(CAMPAIGN);
  const view = again.session.open(last!.packId, last!.slotId);
  expect(view.solved).toEqual(
    expect.arrayContaining(['p-relay-packet', 'p-mirror-note', 'p-annex-c', 'p-relay-scrap']),
  );
  expect(view.progress['p-mirror-note']?.hintsTaken).toEqual(['nudge']);

  // No answer of a gate still locked at the time reached the page: no value the engine sent is an answer,
  // and no text it sent contains an answer phrase. (A one-word answer such as "light" may be an ordinary
  // word of the prose around it; only a value that is the answer by itself would give it away.)
  const answers = builtInAnswers();
  const solved = new Set<string>();
  for (const call of host.calls) {
    // The call that solves a gate carries what it opened.
    const result = call.result as { ok: boolean; value?: { kind?: string; view?: { solved: string[] } } };
    if (result.ok && result.value?.kind === 'solved')
      for (const id of result.value.view?.solved ?? []) solved.add(id);
    const values = stringsIn(call.result);
    const exact = new Set(values.map((v) => normaliseAnswer(v)));
    const prose = values.join('\n');
    for (const [gateId, entry] of answers) {
      if (solved.has(gateId)) continue;
      for (const a of entry.answers) {
        const leaked = exact.has(a.normalised) || (a.phrase && mentions(prose, a.normalised));
        expect(leaked, `${call.channel} leaked the answer "${a.raw}" of ${gateId}`).toBe(false);
      }
    }
  }
  expect(solved.size).toBeGreaterThanOrEqual(4);
});
