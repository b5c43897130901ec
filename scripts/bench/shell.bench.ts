// Renderer boot to interactive in Chromium (median of several runs) and the initial JavaScript size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { connect, createCoreHost, root, startRendererServer } from '../../tests/e2e/support/browser-host.ts';
import { median, round, type Figure } from './figure.ts';

const RUNS = 9;

/** Gzipped size of every script the page loads up front: the entry and its module preloads. */
function initialScriptBytes(): number {
  const dir = join(root, 'out/renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  if (sources.length === 0)
    throw new Error('No scripts found in out/renderer/index.html; run "npm run build" first.');
  return sources.reduce((sum, src) => sum + gzipSync(readFileSync(join(dir, src))).length, 0);
}

export default async function* shell(): AsyncIterable<Figure> {
  yield { name: 'renderer initial JavaScript (gzip)', value: round(initialScriptBytes() / 1024), unit: 'KB' };

  const server = await startRendererServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const host = createCoreHost();
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS + 1; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await connect(page, host);
      await page.goto(server.url);
      // Interactive: the title menu has focus and answers the keyboard.
      await page.getByRole('button', { name: 'New Game' }).waitFor();
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('resonance:interactive')[0]?.startTime,
      );
      const ms = (await handle.jsonValue()) as number;
      if (run > 0) times.push(ms); // the first run warms the disk cache
      await context.close();
    }
    yield { name: 'renderer boot to interactive (median)', value: round(median(times)), unit: 'ms' };
  } finally {
    await browser.close();
    await server.close();
    host.dispose();
  }
}
