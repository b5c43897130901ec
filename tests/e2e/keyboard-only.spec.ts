// The whole loop without a mouse, against the real core and the campaign: break the chapter's locked files,
// place the clues they yield, link two of them, and settle the deduction (three wrong groups, the wait, the
// right group).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 150) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Moves a focused list's selection to its top, then down with the arrow keys until `label` is chosen. */
async function arrowTo(page: Page, select: Locator, label: string) {
  await page.keyboard.press('Home');
  for (let i = 0; i < 30; i += 1) {
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

test.setTimeout(150_000);

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
    [/Packet from relay 3/, 'undertow'],
    [/Private note: Concord safeguards/, 'ledger of consent'],
    [/Bulletin 88, Annex C/, 'steward of cohesion'],
    [/Scrap in the relay 3 cache/, 'mnemos vault'],
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
    await page.keyboard.press('Enter');
    await expect(tray).toHaveCount(left - 1);
  }

  // L on a focused card links it: the card and the link type are chosen with arrows, Enter links.
  await tabTo(page, page.getByRole('group', { name: 'Person: The Steward of Cohesion', exact: true }));
  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Link The Steward of Cohesion to…' });
  await expect(dialog).toBeVisible();
  const card = dialog.getByRole('listbox', { name: /^Card/ });
  await tabTo(page, card);
  await arrowTo(page, card, 'Concord (Object)');
  const type = dialog.getByRole('listbox', { name: /^Link type/ });
  await tabTo(page, type);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, dialog.getByRole('button', { name: 'Link', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Linked The Steward of Cohesion/).first()).toBeVisible();

  // The deduction: each slot is a list; Tab to it and use the arrows.
  const deduction = page.getByRole('article', { name: /Who is retuning Concord/ });
  const submit = deduction.getByRole('button', { name: 'Submit sentence' });
  const attempt = async (who: string, what: string, record: string, when: string) => {
    for (const [slot, label] of [
      ['who', who],
      ['what', what],
      ['record', record],
      ['when', when],
    ] as const) {
      const list = deduction.getByRole('combobox', { name: new RegExp(`^${slot} \\(`) });
      await tabTo(page, list);
      await arrowTo(page, list, label);
    }
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
  };
  await attempt('The Steward of Cohesion', 'Concord', 'Annex C', 'Undertow');
  await expect(deduction).toContainText('Not right');
  await expect(submit).toBeEnabled();
  await attempt('The Steward of Cohesion', 'Concord', 'Bulletin 88', 'Accord Night');
  await expect(submit).toBeEnabled();
  await attempt('The Steward of Cohesion', 'Concord', 'Ledger of Consent', 'Undertow');
  await expect(deduction.getByRole('timer')).toBeVisible();
  await expect(submit).toBeDisabled();
  await expect(submit).toBeEnabled({ timeout: 10_000 });
  await attempt('The Steward of Cohesion', 'Concord', 'Ledger of Consent', 'Accord Night');

  // The chapter closes: its scene takes the focus, and Enter moves on to chapter 2.
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Chapter 2:/)).toBeVisible();
});
