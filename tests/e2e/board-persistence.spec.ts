// The board is saved through the engine: a placed card is still placed when the game is continued after
// the window reloads.
import { expect, test } from './support/fixtures';

test('a placed card is on the board when the game continues after a reload', async ({
  page,
  app: _app,
  host,
}) => {
  await page.getByRole('button', { name: 'New Game' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Back to the vault|Continue/ })
    .click();
  await page.getByRole('tab', { name: /Board/ }).click();
  await expect(page.locator('.svelte-flow__viewport')).toBeVisible();

  const tray = page.getByRole('button', { name: /^Place / });
  const before = await tray.count();
  expect(before).toBeGreaterThan(0);
  const first = (await tray.first().getAttribute('aria-label'))!.replace(/^Place /, '');
  await tray.first().click();
  await expect(tray).toHaveCount(before - 1);
  // Saves of the board follow each change within a moment. The board is also saved as a new game opens its
  // first file (which files were read), so the wait is for the save that holds the card.
  await expect
    .poll(() =>
      host.calls.some(
        (c) => c.channel.endsWith('saveBoard') && JSON.stringify(c.payload).includes('"clueId"'),
      ),
    )
    .toBe(true);
  await page.reload();

  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('tab', { name: /Board/ }).click();
  await expect(
    page.getByRole('group', { name: new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Place / })).toHaveCount(before - 1);
  const last = host.core.session.lastPlayed();
  expect(host.core.saves.loadSlot(last!.packId, last!.slotId).slot.board.nodes.length).toBeGreaterThan(0);
});
