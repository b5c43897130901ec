// The security rules the desktop shell enforces, as plain data and pure functions so tests can hold
// them without launching Electron.
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { isReservedDeviceName } from '@shared/reserved-names';

/** The renderer is served from this privileged custom scheme, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'resonance';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Directives of the Content-Security-Policy sent with every page and mirrored in index.html. */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  // Svelte Flow positions nodes with inline styles.
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'media-src': "'self' blob:",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

export const contentSecurityPolicy = (extra: Record<string, string> = {}): string =>
  Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The header form adds what a <meta> policy cannot carry. */
export const CSP_HEADER = contentSecurityPolicy({ 'frame-ancestors': "'none'" });

/**
 * True when `url` belongs to the app itself: the custom scheme in a packaged or previewed build, or the
 * local dev server during development. Anything else is foreign: navigation to it is refused and IPC
 * from it is ignored.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    const dev = new URL(devServerUrl);
    const local = dev.hostname === 'localhost' || dev.hostname === '127.0.0.1';
    return local && parsed.origin === dev.origin;
  } catch {
    return false;
  }
}

/** Permission requests from the page (camera, notifications, geolocation...) are all refused. */
export const allowPermission = (_permission: string): boolean => false;

/**
 * Maps an app:// request onto a file inside `root`, or null when it would leave the folder or is not a
 * request for our host. The path is decoded once and normalised before the containment check.
 */
export function resolveAppAsset(root: string, requestUrl: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  // Windows device names (con, nul, com1 ...) and alternate data streams ("file:stream") never name assets.
  const segments = pathname.split(/[\\/]+/).filter(Boolean);
  if (segments.some((s) => s.includes(':') || isReservedDeviceName(s))) return null;
  const relativePath = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (isAbsolute(relativePath)) return null;
  const full = join(root, relativePath);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return full;
}
