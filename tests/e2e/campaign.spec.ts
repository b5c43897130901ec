// Plays the opening of the campaign through the UI, against the real core and the sealed built-in pack,
// and checks that no answer of a gate not yet solved ever reached the page.
import { expect, test } from './support/fixtures';
import { builtInAnswers, storyNamesOf, puzzlesOf, stringsIn } from './support/pack-source';
import { normaliseAnswer } from '../../electron/shared/answers/normalise';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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

test('chapter 1 plays through the vault, the workbench, the answer box and the board', async ({
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

  // The board: place every card from the tray by keyboard, link two of them, then fill the chapter's
  // deduction. Three wrong groups bring a visible wait; the right group closes the chapter.
  await page.getByRole('tab', { name: /Board/ }).click();
  const tray = page.getByRole('button', { name: /^Place / });
  const waiting = await tray.count();
  expect(waiting).toBeGreaterThanOrEqual(8);
  await expect(page.locator('.svelte-flow__viewport')).toBeVisible();
  for (let left = waiting; left > 0; left -= 1) {
    await expect(async () => {
      await tray.first().focus();
      await page.keyboard.press('Enter');
      await expect(tray).toHaveCount(left - 1, { timeout: 1000 });
    }).toPass();
  }
  await expect(tray).toHaveCount(0);

  const steward = page.getByRole('group', { name: 'Person: The Steward of Cohesion', exact: true });
  await steward.focus();
  await page.keyboard.press('l');
  const linkDialog = page.getByRole('dialog', { name: 'Link The Steward of Cohesion to…' });
  await expect(linkDialog).toBeVisible();
  await linkDialog.getByRole('listbox', { name: /^Card/ }).selectOption({ label: 'Concord (Object)' });
  await linkDialog.getByRole('listbox', { name: /^Link type/ }).selectOption({ index: 0 });
  await linkDialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.locator('.svelte-flow__edge')).toHaveCount(1);

  // The whole game screen, board open with cards and a link, has no serious or critical axe violation.
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);

  const deduction = page.getByRole('article', { name: /Who is retuning Concord/ });
  const fill = async (who: string, what: string, record: string, when: string) => {
    await deduction.getByRole('combobox', { name: /^who \(person\)/ }).selectOption({ label: who });
    await deduction.getByRole('combobox', { name: /^what \(object\)/ }).selectOption({ label: what });
    await deduction.getByRole('combobox', { name: /^record \(document\)/ }).selectOption({ label: record });
    await deduction.getByRole('combobox', { name: /^when \(event\)/ }).selectOption({ label: when });
    await deduction.getByRole('button', { name: 'Submit sentence' }).click();
  };
  const submit = deduction.getByRole('button', { name: 'Submit sentence' });
  await fill('The Steward of Cohesion', 'Concord', 'Annex C', 'Undertow');
  await expect(deduction).toContainText('Not right');
  await expect(submit).toBeEnabled();
  await fill('The Steward of Cohesion', 'Concord', 'Annex C', 'Accord Night');
  await expect(submit).toBeEnabled();
  await fill('The Steward of Cohesion', 'Concord', 'Ledger of Consent', 'Undertow');
  await expect(deduction.getByRole('timer')).toHaveText(/\d s/);
  await expect(submit).toBeDisabled();
  await expect(submit).toBeEnabled({ timeout: 10_000 });
  await fill('The Steward of Cohesion', 'Concord', 'Ledger of Consent', 'Accord Night');
  await expect(deduction.getByText('Solved', { exact: false }).first()).toBeVisible();

  // Chapter 1 closes with its scene and the hint ledger, and chapter 2 opens.
  const closing = page.getByRole('dialog');
  await expect(closing).toBeVisible();
  await expect(closing.getByRole('region', { name: 'Hint ledger' })).toContainText('nudge');
  await closing.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Back to the vault' }).click();
  await expect(page.getByText(/^Chapter 2:/)).toBeVisible();

  // Progress is saved: a new engine over the same folder reopens the game where it was.
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeEnabled();
  const again = host.restart();
  const last = again.session.lastPlayed();
  expect(last?.packId).toBe(CAMPAIGN);
  const view = await again.session.open(last!.packId, last!.slotId);
  expect(view.solved).toEqual(
    expect.arrayContaining([
      'p-relay-packet',
      'p-mirror-note',
      'p-annex-c',
      'p-relay-scrap',
      'd-ch1-undertow',
    ]),
  );
  expect(view.completedChapters).toEqual(['ch1']);
  expect(view.board.nodes.length).toBeGreaterThanOrEqual(waiting);
  expect(view.board.edges).toHaveLength(1);
  expect(view.progress['p-mirror-note']?.hintsTaken).toEqual(['nudge']);

  // Nothing secret about a gate reached the page before the player earned it: no value the engine sent is
  // an answer of an unsolved gate, no text holds a line of a still-locked plaintext, and no text holds a
  // hint rung the player had not taken. (Prose may name a place that is also an answer: that is the story,
  // not a leak, so answers are matched against whole values; and an answer that is a name the story uses
  // openly, a person who sends files or a place on a card, is that name wherever it is shown.)
  const answers = builtInAnswers();
  const names = storyNamesOf(CAMPAIGN);
  const secrets = puzzlesOf(CAMPAIGN);
  const solved = new Set<string>();
  const taken = new Set<string>();
  for (const call of host.calls) {
    const result = call.result as { ok: boolean; value?: { kind?: string; view?: { solved: string[] } } };
    // The call that solves a gate, or takes a hint, carries what it opened.
    if (result.ok && result.value?.kind === 'solved')
      for (const id of result.value.view?.solved ?? []) solved.add(id);
    if (call.channel.endsWith('takeHint') && result.ok) {
      const request = call.payload as { gateId: string; rung: string };
      taken.add(`${request.gateId}/${request.rung}`);
    }
    const values = stringsIn(call.result);
    const exact = new Set(values.map((v) => normaliseAnswer(v)));
    const text = values.join('\n');
    for (const [gateId, entry] of answers) {
      if (solved.has(gateId)) continue;
      for (const a of entry.answers.filter((x) => !names.has(x.normalised))) {
        expect(exact.has(a.normalised), `${call.channel} sent the answer "${a.raw}" of ${gateId}`).toBe(
          false,
        );
      }
    }
    for (const puzzle of secrets) {
      for (const [rung, hint] of Object.entries(puzzle.hints)) {
        if (taken.has(`${puzzle.id}/${rung}`)) continue;
        expect(text.includes(hint), `${call.channel} sent the ${rung} hint of ${puzzle.id}`).toBe(false);
      }
      if (solved.has(puzzle.id)) continue;
      for (const line of (puzzle.plaintext ?? '').split('\n').filter((l) => l.trim().length >= 20)) {
        expect(text.includes(line.trim()), `${call.channel} sent a locked line of ${puzzle.id}`).toBe(false);
      }
    }
  }
  expect(solved.size).toBeGreaterThanOrEqual(4);
});
