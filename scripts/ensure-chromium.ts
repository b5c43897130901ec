// First step of `npm test`: finds a Chromium for the browser tests or fetches Playwright's, else says what to install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureChromium, findChromium } from '../tests/support/chromium.ts';

const playwrightCli = join(
  dirname(createRequire(import.meta.url).resolve('playwright/package.json')),
  'cli.js',
);

process.exitCode = ensureChromium({
  find: () => findChromium(),
  // Playwright's own output is kept back: on a closed network it ends in an error trace, and the
  // sentence that follows says what to do instead.
  download: () =>
    spawnSync(process.execPath, [playwrightCli, 'install', 'chromium'], {
      stdio: 'ignore',
      timeout: 15 * 60 * 1000,
    }).status === 0,
  env: process.env,
  say: (line) => console.log(line),
});
