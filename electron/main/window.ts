// Creates the one game window with the full security settings, and keeps its size and position.
import { BrowserWindow, screen, session } from 'electron';
import type { Logger } from '@core/logger';
import type { KeyValueStore } from '@core/store';
import { allowPermission, APP_ENTRY_URL, isAppUrl } from '@core/shell/security-policy';
import { MIN_SIZE, restoreWindowState, type WindowState } from '@core/shell/window-state';

export interface WindowOptions {
  preload: string;
  devUrl?: string;
  store: KeyValueStore;
  log: Logger;
  icon?: string;
}

/** Refuses every permission request and every permission check, for all sessions. */
export function lockDownSession(log: Logger): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, permission, callback) => {
    log.warn(`Refused a permission request for "${permission}".`);
    callback(allowPermission(permission));
  });
  s.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  s.setDevicePermissionHandler(() => false);
  s.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // No remote content: any request that is not ours (or the local dev server) is cancelled.
  s.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      (!!process.env.ELECTRON_RENDERER_URL && isAppUrl(details.url, process.env.ELECTRON_RENDERER_URL)) ||
      (!!process.env.ELECTRON_RENDERER_URL && details.url.startsWith('ws://localhost'));
    if (!allowed) log.warn(`Blocked a request for remote content: ${details.url}`);
    callback({ cancel: !allowed });
  });
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const { store, log, devUrl } = options;
  const state = restoreWindowState(
    store.get('window'),
    screen.getAllDisplays().map((d) => d.workArea),
  );

  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Resonance',
    backgroundColor: '#070b14',
    ...(options.icon ? { icon: options.icon } : {}),
    // Electron's security checklist; tests/electron/main/window.test.ts holds every line of it.
    webPreferences: {
      preload: options.preload,
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
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });

  if (state.maximized) win.maximize();
  if (state.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());

  const contents = win.webContents;
  // The game never opens other windows or hands links to the system: it is offline by design.
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`Refused to open a window for ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devUrl)) {
      event.preventDefault();
      log.warn(`Blocked navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  const remember = (): void => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    const next: WindowState = {
      ...bounds,
      maximized: win.isMaximized(),
      fullScreen: win.isFullScreen(),
    };
    try {
      store.set('window', next);
    } catch (error) {
      // A read-only data folder only costs the window its remembered place.
      log.warn('Could not remember the window position.', error);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const rememberSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(remember, 400);
  };
  win.on('resize', rememberSoon);
  win.on('move', rememberSoon);
  win.on('close', () => {
    clearTimeout(timer);
    remember();
  });

  void win.loadURL(devUrl ?? APP_ENTRY_URL);
  return win;
}
