// Where the tests find a Chromium (CHROMIUM_PATH, a system one, or Playwright's own), and the flags that keep it quiet.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

export interface FoundChromium {
  path: string;
  /** Where it came from, for the line the test command prints. */
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

/** What the finder may look at; the defaults are this machine's, tests pass stand-ins. */
export interface ChromiumLookup {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  exists: (path: string) => boolean;
  /** Where Playwright keeps the Chromium it downloads, whether or not it is there. */
  playwrightPath: () => string | undefined;
}

const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** Names to look for on PATH, for Chromiums installed somewhere other than the usual folders. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const defaultLookup: ChromiumLookup = {
  env: process.env,
  platform: process.platform,
  exists: existsSync,
  playwrightPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      // Playwright throws when it does not know this platform; then it has no browser of its own here.
      return undefined;
    }
  },
};

/** The first Chromium found, or undefined. A CHROMIUM_PATH that points nowhere is reported by the caller. */
export function findChromium(lookup: ChromiumLookup = defaultLookup): FoundChromium | undefined {
  const fromEnv = lookup.env['CHROMIUM_PATH'];
  if (fromEnv) return lookup.exists(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : undefined;

  const onPath =
    lookup.platform === 'win32'
      ? []
      : (lookup.env['PATH'] ?? '')
          .split(delimiter)
          .filter(Boolean)
          .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  const system = [...(SYSTEM_PATHS[lookup.platform] ?? []), ...onPath].find((p) => lookup.exists(p));
  if (system) return { path: system, source: 'system' };

  const own = lookup.playwrightPath();
  if (own && lookup.exists(own)) return { path: own, source: 'playwright' };
  return undefined;
}

/** The one sentence shown when no Chromium can be found or fetched. */
export function missingChromiumMessage(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv)
    return `CHROMIUM_PATH is set to "${fromEnv}", but no file is there: point it at a Chromium or Chrome executable, or unset it to let the tests look for one.`;
  return 'The browser tests need Chromium and none was found or could be downloaded: install it (on Debian or Ubuntu "sudo apt-get install chromium"), run "npx playwright install chromium" where the network allows, or set CHROMIUM_PATH to a Chromium or Chrome executable.';
}

export interface EnsureSteps {
  find: () => FoundChromium | undefined;
  /** Fetches Playwright's Chromium; true when the download finished. */
  download: () => boolean;
  env: Record<string, string | undefined>;
  say: (line: string) => void;
}

/**
 * Finds a Chromium for the browser tests, fetching Playwright's when none is installed, and returns the
 * exit code for the test command: 0 with a browser, 1 after one sentence saying what to install.
 */
export function ensureChromium(steps: EnsureSteps): number {
  const found = steps.find();
  if (found) {
    steps.say(`Browser tests use ${found.path} (${found.source}).`);
    return 0;
  }
  // A CHROMIUM_PATH that points nowhere is a mistake to fix, not a reason to download another browser.
  if (!steps.env['CHROMIUM_PATH']) {
    steps.say('No Chromium is installed; downloading the one Playwright tests with (about 150 MB)...');
    if (steps.download()) {
      const fetched = steps.find();
      if (fetched) {
        steps.say(`Browser tests use ${fetched.path} (${fetched.source}).`);
        return 0;
      }
    }
  }
  steps.say(missingChromiumMessage(steps.env));
  return 1;
}

/**
 * The executable for the test configs. Undefined lets Playwright use its own default, which reports
 * its own missing-browser message; `npm test` checks for a browser first (scripts/ensure-chromium.ts).
 */
export const chromiumPath = (): string | undefined => findChromium()?.path;

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
