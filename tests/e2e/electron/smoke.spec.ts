// The same settings smoke journey through Playwright's Electron launcher, where an Electron binary exists.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, test } from '@playwright/test';
import { changeSettingAndReload } from '../support/smoke-steps';
import { root } from '../support/browser-host';

/** The Electron binary npm would have fetched, without importing `electron` (which would try to download it). */
function electronBinary(): string | undefined {
  const dir = join(root, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const skipReason =
  'Electron smoke test skipped: no Electron binary in node_modules/electron/dist (run "npx install-electron" to fetch it).';
if (!binary) console.log(skipReason);

test('the desktop app keeps a setting across a restart', async () => {
  test.skip(!binary, skipReason);
  const userData = mkdtempSync(join(tmpdir(), 'resonance-electron-'));
  const launch = () =>
    electron.launch({
      executablePath: binary!,
      args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
  let app = await launch();
  try {
    await changeSettingAndReload(await app.firstWindow(), async () => {
      await app.close();
      app = await launch();
      return app.firstWindow();
    });
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
