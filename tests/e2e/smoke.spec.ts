// Boots the built renderer against the real core, changes a setting, reloads, and finds it kept.
import { test, expect } from './support/fixtures';
import { changeSettingAndReload } from './support/smoke-steps';

test('a setting changed by keyboard is saved by the core and survives a reload and a restart', async ({
  page,
  app: _app,
  host,
}) => {
  await changeSettingAndReload(page, async () => {
    await page.reload();
    return page;
  });
  // The setting is on disk: a new engine over the same folder reads it back.
  expect(host.restart().settings.get().highContrast).toBe(true);
  // Every call went through the contract and succeeded.
  expect(host.calls.length).toBeGreaterThan(0);
  expect(host.calls.every((c) => (c.result as { ok: boolean }).ok)).toBe(true);
});
