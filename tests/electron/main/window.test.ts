// Holds the window glue to Electron's security checklist by running it against a recording stand-in.
import { describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '@core/logger';
import type { KeyValueStore } from '@core/store';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock);
const { recorded } = await import('./electron-mock');
const { createMainWindow, lockDownSession } = await import('../../../electron/main/window');

function memoryStore(): KeyValueStore {
  const data = new Map<string, unknown>();
  return {
    path: '/memory/window.json',
    get: (k) => data.get(k),
    set: (k, v) => void data.set(k, v),
    delete: (k) => void data.delete(k),
    has: (k) => data.has(k),
  };
}

function openWindow(devUrl?: string) {
  createMainWindow({
    preload: '/app/out/preload/index.cjs',
    store: memoryStore(),
    log: memoryLogger(),
    devUrl,
  });
  return recorded.windows.at(-1)!;
}

describe('the game window', () => {
  it('turns on every webPreferences item of the security checklist', () => {
    const prefs = openWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app from its own scheme, not from file:// or the network', () => {
    expect(openWindow().loadedUrl).toBe('app://resonance/index.html');
  });

  it('denies every new window', () => {
    const win = openWindow();
    for (const url of ['https://example.com', 'app://resonance/index.html', 'file:///etc/passwd']) {
      expect((win.webContents.windowOpenHandler as (d: { url: string }) => unknown)({ url })).toEqual({
        action: 'deny',
      });
    }
  });

  it.each([
    ['https://example.com/', true],
    ['file:///home/player/secret.txt', true],
    ['app://resonance/index.html', false],
  ])('blocks navigation to %s: %s', (url, blocked) => {
    const win = openWindow();
    const event = { preventDefault: vi.fn() };
    (win.webContents.handlers.get('will-navigate') as (e: unknown, u: string) => void)(event, url);
    expect(event.preventDefault).toHaveBeenCalledTimes(blocked ? 1 : 0);
  });

  it('refuses to attach webviews', () => {
    const win = openWindow();
    const event = { preventDefault: vi.fn() };
    (win.webContents.handlers.get('will-attach-webview') as (e: unknown) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  lockDownSession(memoryLogger());

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    (recorded.session.permissionRequest as (...a: unknown[]) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((recorded.session.permissionCheck as (...a: unknown[]) => boolean)({}, 'notifications')).toBe(
      false,
    );
    expect((recorded.session.devicePermission as () => boolean)()).toBe(false);
  });

  it.each([
    ['https://cdn.example.com/tracker.js', true],
    ['http://127.0.0.1:8080/', true],
    ['app://resonance/assets/index.js', false],
    ['data:image/png;base64,AAAA', false],
  ])('cancels remote content: %s cancelled %s', (url, cancelled) => {
    const callback = vi.fn();
    (recorded.session.beforeRequest as (...a: unknown[]) => void)({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
  });
});
