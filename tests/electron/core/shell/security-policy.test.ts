import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowPermission,
  APP_ENTRY_URL,
  contentSecurityPolicy,
  CSP_HEADER,
  isAppUrl,
  resolveAppAsset,
} from '@core/shell/security-policy';

const root = resolve(import.meta.dirname, '../../../..');

describe('which URLs count as the app', () => {
  it.each([
    [APP_ENTRY_URL, undefined, true],
    ['app://resonance/assets/index.js', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['https://example.com/', undefined, false],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['https://localhost.evil.com:5173/', 'http://localhost:5173', false],
    ['http://192.168.1.10:5173/', 'http://192.168.1.10:5173', false],
    ['not a url', undefined, false],
  ])('%s (dev server %s) is ours: %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected);
  });
});

describe('serving files from app://', () => {
  // Dot segments are resolved by the URL parser first, so they can only ever land inside the folder.
  const dir = '/opt/resonance/renderer';
  it.each([
    ['app://resonance/', join(dir, 'index.html')],
    ['app://resonance/index.html', join(dir, 'index.html')],
    ['app://resonance/assets/a.js', join(dir, 'assets/a.js')],
    ['app://resonance/../../etc/passwd', join(dir, 'etc/passwd')],
    ['app://resonance/%2e%2e/%2e%2e/etc/passwd', join(dir, 'etc/passwd')],
    ['app://resonance/assets/..%2f..%2f..%2fetc%2fpasswd', null],
    ['app://resonance/a%00.js', null],
    ['app://resonance/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['file:///etc/passwd', null],
    ['app://resonance/con', null],
    ['app://resonance/assets/NUL.txt', null],
    ['app://resonance/assets/com1.js', null],
    ['app://resonance/index.html:secret', null],
    ['app://resonance/assets/a.js%3A%24DATA', null],
    ['app://resonance/assets/console.js', join(dir, 'assets/console.js')],
  ])('%s resolves to %s', (url, expected) => {
    expect(resolveAppAsset(dir, url)).toBe(expected);
  });
});

describe('the content security policy', () => {
  it('allows scripts only from the app itself and never eval', () => {
    expect(CSP_HEADER).toContain("script-src 'self'");
    expect(CSP_HEADER).not.toContain('unsafe-eval');
    expect(CSP_HEADER).toContain("default-src 'none'");
    expect(CSP_HEADER).toContain("object-src 'none'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/https?:/);
  });

  it('is the same policy in index.html as in the response header', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(contentSecurityPolicy());
  });
});

describe('permission requests', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'refuses %s',
    (permission) => expect(allowPermission(permission)).toBe(false),
  );
});
