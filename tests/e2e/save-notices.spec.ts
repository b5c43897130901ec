// A notice about a damaged save reaches the player once, even when the Packs screen is opened before the
// save itself: it waits in the corner until dismissed, and is not told again.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GameView } from '@shared/game-types';
import { forwardEvents } from './support/browser-host';
import { expect, test } from './support/fixtures';

const CAMPAIGN = 'neos-2148';

test('the restored-copy notice survives opening the Packs screen first, and is shown once', async ({
  page,
  app: _app,
  host,
}) => {
  const started = await host.core.router.call('newGame', { packId: CAMPAIGN, name: 'Night shift' });
  if (!started.ok) throw new Error(started.message);
  const slotId = (started.value as GameView).slot.id;
  for (const name of ['Night shift 1', 'Night shift 2'])
    await host.core.router.call('renameSlot', { packId: CAMPAIGN, slotId, name });
  const copies = readdirSync(host.dataDir)
    .filter((f) => f.startsWith(`saves.${CAMPAIGN}.slot.${slotId}.`))
    .map((f) => ({
      f,
      seq: (JSON.parse(readFileSync(join(host.dataDir, f), 'utf8')) as { copy: { seq: number } }).copy.seq,
    }))
    .sort((a, b) => b.seq - a.seq);
  writeFileSync(join(host.dataDir, copies[0]!.f), '{"copy": {"format": "resonance-sa');

  // Quit and start again: the Packs screen is the first thing opened.
  host.core = host.restart();
  forwardEvents(page, host.core);
  await page.reload();
  await page.getByRole('button', { name: 'Packs' }).click();
  const notices = page.getByRole('region', { name: 'Notices' });
  const restored = notices.getByRole('alert').filter({ hasText: /Your save 'Night shift 1' was damaged/ });
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText(/we restored the copy from \d\d:\d\d\. The damaged file was kept at /);

  // Continuing the save does not tell it again; dismissed, it is gone.
  await page.getByRole('button', { name: 'Continue' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Neos/ })).toBeVisible();
  await expect(restored).toHaveCount(1);
  await restored.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices.getByRole('alert')).toHaveCount(0);
});
