// The whole loop without a mouse, against the real core and the campaign: break the chapter's locked files,
// place the clues they yield, draw the links the chapter's deductions need, and settle them (three wrong
// groups, the wait, the right group).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Moves a focused list's selection to its top, then down with the arrow keys until `label` is chosen. */
async function arrowTo(page: Page, select: Locator, label: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 60; i += 1) {
    const chosen = await select.evaluate(
      (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    if (chosen.trim() === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys never reached "${label}"`);
}

/** In a list that is one Tab stop, moves with Home and the arrow keys until `target` has the focus. */
async function arrowToItem(page: Page, target: Locator, max = 100) {
  await page.keyboard.press('Home');
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The arrow keys never reached ${target.toString()}`);
}

// Every answer is checked at the normal KDF cost, and each link is drawn by tabbing: minutes on a busy machine.
test.setTimeout(420_000);

test('chapter 1 is played from the keyboard alone, through the board deduction', async ({
  page,
  app: _app,
}) => {
  // Title screen: New Game has the focus; the opening scene takes it next and Enter closes it.
  await expect(page.getByRole('button', { name: 'New Game' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();

  const vault = page.getByRole('navigation', { name: 'Vault' });
  for (const [file, answer] of [
    [/Packet from relay 3/, 'street moss pulse'],
    [/Bulletin 88, Annex C/, 'routine light maintenance'],
    [/Office seal register/, 'spire house strongroom'],
    [/Private note: Concord safeguards/, 'silent change clause'],
    [/Scrap in the relay 3 cache/, 'old cistern gate'],
  ] as const) {
    // F6 lands on the open file: the vault is one Tab stop, walked with the arrow keys.
    await page.keyboard.press('F6');
    await arrowToItem(page, vault.getByRole('button', { name: file }));
    await page.keyboard.press('Enter');
    const box = page.getByRole('textbox', { name: /\?$/ });
    await tabTo(page, box);
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Solved. The file is open.')).toBeVisible();
  }

  // Alt+3 opens the board; each new card is placed with Enter.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('tab', { name: /Board/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.svelte-flow__viewport')).toBeVisible();
  const tray = page.getByRole('button', { name: /^Place / });
  for (let left = await tray.count(); left > 0; left -= 1) {
    await tabTo(page, tray.first());
    const title = (await tray.first().getAttribute('aria-label'))!.replace(/^Place /, '');
    await page.keyboard.press('Enter');
    await expect(tray).toHaveCount(left - 1);
    // The placed card takes the focus (once it is drawn), and the next Tab walk starts from there.
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(page.locator('.svelte-flow__node:focus')).toHaveAccessibleName(new RegExp(`^${escaped}`));
  }

  // L on a focused card links it: the card and the link type are chosen with arrows, Enter links.
  const link = async (from: string, type: string, to: string) => {
    await tabTo(page, page.getByRole('group', { name: from, exact: true }));
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: /^Link .* to…$/ });
    await expect(dialog).toBeVisible();
    const card = dialog.getByRole('listbox', { name: /^Card/ });
    await tabTo(page, card);
    await arrowTo(page, card, to);
    const kind = dialog.getByRole('listbox', { name: /^Link type/ });
    await tabTo(page, kind);
    await arrowTo(page, kind, type);
    await tabTo(page, dialog.getByRole('button', { name: 'Link', exact: true }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  };
  await link('Person: The Steward of Cohesion', 'authorised', 'Annex C (Document)');
  await expect(page.getByText(/Linked The Steward of Cohesion/).first()).toBeVisible();
  await link('Person: O. Vale', 'authorised', 'Annex C (Document)');
  await link('Document: Annex C, 2148-05-01', 'exempts', 'Undertow (Event)');
  await link('Document: Annex C, 2148-05-01', 'contradicts', "The Charter's rule (Document)");

  // A link deduction: each drawn link is a checkbox; Tab to it and press Space.
  const choose = async (deduction: Locator, wanted: string[]) => {
    for (const box of await deduction.getByRole('checkbox').all()) {
      const name = (await box.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
      if ((await box.isChecked()) === wanted.includes(name)) continue;
      await tabTo(page, box);
      await page.keyboard.press('Space');
    }
    const submit = deduction.getByRole('button', { name: 'Submit links' });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
  };
  const undertow = page.getByRole('article', { name: /Who is retuning Concord/ });
  const submit = undertow.getByRole('button', { name: 'Submit links' });
  const steward = 'The Steward of Cohesion authorised Annex C';
  const vale = 'O. Vale authorised Annex C';
  const exempts = 'Annex C exempts Undertow';
  const charter = "Annex C contradicts The Charter's rule";
  await choose(undertow, [vale, exempts, charter]);
  await expect(undertow).toContainText('Not right');
  await expect(submit).toBeEnabled();
  await choose(undertow, [steward, vale, charter]);
  await expect(submit).toBeEnabled();
  await choose(undertow, [steward, exempts, vale]);
  await expect(undertow.getByRole('timer')).toBeVisible();
  await expect(submit).toBeDisabled();
  await expect(submit).toBeEnabled({ timeout: 10_000 });
  await choose(undertow, [steward, exempts, charter]);
  await expect(undertow.getByText('Solved', { exact: false }).first()).toBeVisible();

  await link('Event: A second copy, 2148-05-02', 'same signature', 'The mark K (Signature)');
  await link('Signature: The mark K', 'knows', 'The amber seal (Object)');
  await link('Signature: The mark K', 'hides things in', 'Mnemos Vault (Place)');
  await choose(page.getByRole('article', { name: /Who else is reading the relays/ }), [
    'A second copy same signature The mark K',
    'The mark K knows The amber seal',
    'The mark K hides things in Mnemos Vault',
  ]);

  // The chapter closes: its scene takes the focus, and Enter moves on to chapter 2.
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Chapter 2:/)).toBeVisible();
});
