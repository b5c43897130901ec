// The desktop shell: app lifecycle, the app:// protocol, the window, the menu and the IPC bridge.
// Game rules live in electron/core; this file only adapts them to Electron.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserWindow } from 'electron';
import { app, dialog, nativeTheme, net, protocol, shell } from 'electron';
import log from 'electron-log/main';
import { devPackFromArgv } from '@core/dev/dev-args';
import { createGameCore, type GameCore } from '@core/game-core';
import type { Logger } from '@core/logger';
import {
  OsOpenQueue,
  packFromOpenFile,
  packsFromArgv,
  packsFromSecondInstance,
  singleInstanceData,
  type SingleInstanceData,
} from '@core/shell/os-open';
import { openAtLine } from '@core/shell/editor';
import { APP_SCHEME, CSP_HEADER, resolveAppAsset } from '@core/shell/security-policy';
import type { MenuCommand } from '@shared/contract';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { electronStoreFactory } from './stores';
import { createMainWindow, lockDownSession } from './window';

const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererDir = join(import.meta.dirname, '../renderer');
const preload = join(import.meta.dirname, '../preload/index.cjs');
// Built-in packs are sealed by `npm run build`; packaged builds carry them beside app.asar.
const builtinPacksDir = app.isPackaged
  ? join(process.resourcesPath, 'packs')
  : join(app.getAppPath(), 'out/packs');
// Dev mode (`--pack <folder>`) keeps its saves and lock apart from the player's own game. A relative
// folder is read from where `npm run dev:pack` was typed (INIT_CWD), not from the project root.
const devArgs = devPackFromArgv(process.argv, process.env.INIT_CWD ?? process.cwd());
if (devArgs.folder) app.setPath('userData', join(app.getPath('userData'), 'dev'));
const logFolder = join(app.getPath('userData'), 'logs');

log.transports.file.resolvePathFn = () => join(logFolder, 'main.log');
log.transports.file.maxSize = 2 * 1024 * 1024;
const logger: Logger = {
  info: (m, ...d) => log.info(m, ...d),
  warn: (m, ...d) => log.warn(m, ...d),
  error: (m, ...d) => log.error(m, ...d),
};

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

// .rpack files handed over by the OS (double-click, "Open with", a second launch) wait here until the
// window is ready to hear about them.
const osContext = {
  platform: process.platform,
  defaultApp: process.defaultApp === true,
  workingDirectory: process.cwd(),
};
const startupOpen = packsFromArgv(devArgs.argv, osContext);
const osOpens = new OsOpenQueue(process.platform);
osOpens.push(startupOpen);
app.on('open-file', (event, path) => {
  event.preventDefault();
  osOpens.push(packFromOpenFile(path, osContext));
});

let core: GameCore | undefined;
let mainWindow: BrowserWindow | undefined;
let reportingFatal = false;

/** Unexpected errors: logged, saves flushed, and the player told in words, never with a stack trace. */
async function reportUnexpected(error: unknown): Promise<void> {
  log.error('Unexpected error', error);
  let unsaved: ReturnType<GameCore['flush']>;
  try {
    unsaved = core?.flush();
  } catch (flushError) {
    log.error('Could not flush saves after an unexpected error', flushError);
  }
  if (reportingFatal || !app.isReady()) return;
  reportingFatal = true;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Resonance',
    message: 'Resonance ran into an unexpected problem.',
    detail: `${unsaved ? `Your latest progress could not be saved (${unsaved.reason}); keep playing until Resonance says it saved.` : 'Your progress is saved.'} The details were written to ${join(logFolder, 'main.log')}. You can keep playing, or quit and start again.`,
    buttons: ['Keep Playing', 'Quit'],
    defaultId: 0,
    cancelId: 0,
  });
  reportingFatal = false;
  if (response === 1) app.quit();
}

process.on('uncaughtException', (error) => void reportUnexpected(error));
process.on('unhandledRejection', (reason) => void reportUnexpected(reason));

function sendMenuCommand(command: MenuCommand): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  core?.events.emit('menuCommand', command);
}

async function showAbout(): Promise<void> {
  await dialog.showMessageBox({
    type: 'info',
    title: 'About Resonance',
    message: `Resonance ${app.getVersion()}`,
    detail:
      'An offline investigation and cipher-puzzle game set in Neos, 2148.\nElectron ' +
      process.versions.electron,
    buttons: ['OK'],
  });
}

/** Installs packs the OS handed over once the window has loaded, so the player sees what happened. */
function attachOsOpens(win: BrowserWindow): () => void {
  let detach = (): void => undefined;
  win.webContents.once('did-finish-load', () => {
    detach = osOpens.attach(({ packs, rejected }) => {
      for (const path of packs) core?.installFromHost(path);
      for (const rejection of rejected)
        core?.events.emit('notice', { kind: 'error', message: rejection.message });
      if (packs.length > 0) core?.events.emit('menuCommand', 'open-packs');
    });
  });
  return () => detach();
}

function start(): void {
  app.setAboutPanelOptions({ applicationName: 'Resonance', applicationVersion: app.getVersion() });
  lockDownSession(logger);

  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file || !existsSync(file)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CSP_HEADER);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });

  const stores = electronStoreFactory(logger);
  core = createGameCore({
    stores,
    log: logger,
    builtinPacksDir,
    host: {
      info: {
        version: app.getVersion(),
        platform: process.platform,
        canQuit: true,
        logFolder,
        dataFolder: app.getPath('userData'),
      },
      quit: () => app.quit(),
      openFile: (path, line) =>
        openAtLine(
          {
            env: process.env,
            spawn: (command, args, onError) =>
              spawn(command, args, { detached: true, stdio: 'ignore' }).on('error', onError).unref(),
            openPath: (file) => void shell.openPath(file),
          },
          path,
          line,
        ),
    },
    ...(devArgs.folder
      ? { dev: { folder: devArgs.folder, terminal: (text: string) => process.stdout.write(`${text}\n`) } }
      : {}),
  });

  nativeTheme.themeSource = core.settings.get().theme;
  core.events.on('settingsChanged', (settings) => {
    nativeTheme.themeSource = settings.theme;
  });

  registerIpc(core, () => mainWindow?.webContents, logger, devUrl);
  installMenu(process.platform, !app.isPackaged, {
    command: sendMenuCommand,
    action: (action) => {
      if (action === 'show-about') void showAbout();
      if (action === 'show-logs') void shell.openPath(logFolder);
      if (action === 'show-saves') void shell.openPath(app.getPath('userData'));
    },
  });

  mainWindow = createMainWindow({ preload, devUrl, store: stores('window'), log: logger });
  const detachOpens = attachOsOpens(mainWindow);
  mainWindow.on('closed', () => {
    detachOpens();
    mainWindow = undefined;
  });
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    log.error(`The game view stopped (${details.reason}); reloading it.`);
    if (details.reason !== 'clean-exit') mainWindow?.reload();
  });
  log.info(`Resonance ${app.getVersion()} started.`);
}

if (!app.requestSingleInstanceLock(singleInstanceData(startupOpen))) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    osOpens.push(
      packsFromSecondInstance(argv, workingDirectory, additionalData as SingleInstanceData, osContext),
    );
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && core) {
      mainWindow = createMainWindow({
        preload,
        devUrl,
        store: electronStoreFactory(logger)('window'),
        log: logger,
      });
      mainWindow.on('closed', () => (mainWindow = undefined));
    }
  });
  let quitAnyway = false;
  app.on('before-quit', (event) => {
    const unsaved = core?.flush();
    if (!unsaved || quitAnyway) {
      void core?.dev?.close();
      return;
    }
    // Progress the disk refused lives only in memory: quitting now loses it, so the player decides.
    event.preventDefault();
    const names = unsaved.slots.map((s) => `“${s.name}”`).join(', ');
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Resonance',
      message: 'Your latest progress is not saved.',
      detail: `Resonance could not save${names ? ` ${names}` : ''}: ${unsaved.reason}. If you quit now, the progress since the last save is lost. Free some space or fix the save folder, then keep playing: Resonance saves again on its own.`,
      buttons: ['Keep Playing', 'Quit Without Saving'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) {
      quitAnyway = true;
      app.quit();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(start, (error: unknown) => void reportUnexpected(error));
}
