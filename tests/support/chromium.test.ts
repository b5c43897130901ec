// The browser finder: which Chromium the tests use, and what a machine without one is told.
import { describe, expect, it } from 'vitest';
import { ensureChromium, findChromium, missingChromiumMessage, type ChromiumLookup } from './chromium';

function lookup(files: string[], env: Record<string, string | undefined> = {}, own?: string): ChromiumLookup {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin', ...env },
    platform: 'linux',
    exists: (path) => files.includes(path),
    playwrightPath: () => own,
  };
}

const OWN = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

describe('finding a Chromium', () => {
  it('takes CHROMIUM_PATH first when it names a file', () => {
    expect(
      findChromium(lookup(['/opt/chrome', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/chrome' })),
    ).toEqual({
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  it('finds nothing when CHROMIUM_PATH names a missing file, rather than quietly using another browser', () => {
    expect(findChromium(lookup(['/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/none' }))).toBeUndefined();
  });

  it.each(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])(
    'finds the system browser at %s',
    (path) => {
      expect(findChromium(lookup([path]))).toEqual({ path, source: 'system' });
    },
  );

  it('finds a Chromium installed elsewhere on PATH', () => {
    expect(findChromium(lookup(['/usr/local/bin/chromium']))).toEqual({
      path: '/usr/local/bin/chromium',
      source: 'system',
    });
  });

  it("prefers the system browser to Playwright's own", () => {
    expect(findChromium(lookup(['/usr/bin/chromium', OWN], {}, OWN))?.source).toBe('system');
  });

  it("falls back to Playwright's own when it is installed", () => {
    expect(findChromium(lookup([OWN], {}, OWN))).toEqual({ path: OWN, source: 'playwright' });
  });

  it("finds nothing when Playwright's own is not downloaded and no system browser exists", () => {
    expect(findChromium(lookup([], {}, OWN))).toBeUndefined();
  });
});

describe('making sure the test command has a Chromium', () => {
  function run(options: { installed?: boolean; downloads?: boolean; env?: Record<string, string> }) {
    const said: string[] = [];
    let present = options.installed ?? false;
    let downloads = 0;
    const code = ensureChromium({
      find: () => (present ? { path: OWN, source: 'playwright' } : undefined),
      download: () => {
        downloads += 1;
        present = options.downloads ?? false;
        return present;
      },
      env: options.env ?? {},
      say: (line) => said.push(line),
    });
    return { code, said, downloads };
  }

  it('goes ahead without downloading when a browser is installed', () => {
    expect(run({ installed: true })).toEqual({
      code: 0,
      said: [`Browser tests use ${OWN} (playwright).`],
      downloads: 0,
    });
  });

  it("downloads Playwright's Chromium when none is installed and the network allows", () => {
    const result = run({ downloads: true });
    expect(result.code).toBe(0);
    expect(result.downloads).toBe(1);
    expect(result.said.at(-1)).toBe(`Browser tests use ${OWN} (playwright).`);
  });

  it('stops with one sentence saying what to install when the download fails', () => {
    const result = run({ downloads: false });
    expect(result.code).toBe(1);
    expect(result.said.at(-1)).toBe(missingChromiumMessage({}));
    expect(result.said.at(-1)).toMatch(
      /^The browser tests need Chromium .*apt-get install chromium.*CHROMIUM_PATH/,
    );
    expect(result.said.at(-1)).not.toMatch(/\n|at .*\(/);
  });

  it('names a CHROMIUM_PATH that points nowhere instead of downloading another browser', () => {
    const result = run({ downloads: true, env: { CHROMIUM_PATH: '/opt/none' } });
    expect(result.code).toBe(1);
    expect(result.downloads).toBe(0);
    expect(result.said).toEqual([missingChromiumMessage({ CHROMIUM_PATH: '/opt/none' })]);
    expect(result.said[0]).toContain('"/opt/none"');
  });
});
