// Runs the built renderer in Chromium against the real core: the renderer is served on 127.0.0.1, and
// the page gets its GameApi from the real built preload bundle, with only `require('electron')` stood in
// for by a bridge to the core running in this Node process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore, type CoreOptions, type GameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import { channelOf, nameOfChannel } from '@shared/channels';
import { eventNames } from '@shared/contract';

export const root = resolve(import.meta.dirname, '../../..');
const rendererDir = join(root, 'out/renderer');
const preloadFile = join(root, 'out/preload/index.cjs');

export async function startRendererServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: join(root, 'renderer'),
    logLevel: 'error',
    build: { outDir: rendererDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The renderer preview server did not report its address.');
  return { url, close: () => server.close() };
}

export interface CoreHost {
  core: GameCore;
  dataDir: string;
  log: ReturnType<typeof memoryLogger>;
  /** Every call the page made, with its payload and result, for tests that inspect the traffic. */
  calls: { channel: string; payload: unknown; result: unknown }[];
  /** A second engine over the same data folder, as after quitting and starting the game again. */
  restart(): GameCore;
  dispose(): void;
}

/** An engine over a fresh (or given) data folder; `extra` adds options such as dev mode's. */
export function createCoreHost(
  dataDir = mkdtempSync(join(tmpdir(), 'resonance-e2e-')),
  extra: Partial<CoreOptions> = {},
): CoreHost {
  const log = memoryLogger();
  const make = () =>
    createGameCore({
      stores: confStoreFactory(dataDir, log),
      log,
      builtinPacksDir: join(root, 'out/packs'),
      host: {
        info: {
          version: 'test',
          platform: process.platform,
          canQuit: false,
          logFolder: dataDir,
          dataFolder: dataDir,
        },
        quit: () => undefined,
      },
      ...extra,
    });
  return {
    core: make(),
    dataDir,
    log,
    calls: [],
    restart: make,
    dispose: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** The script every page runs first: the built preload, given a stand-in for `require('electron')`. */
function preloadInitScript(): string {
  const preload = readFileSync(preloadFile, 'utf8');
  return `(() => {
  const listeners = new Map();
  window.__resonanceEmit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api, enumerable: true }),
    },
    ipcRenderer: {
      invoke: (channel, payload) => window.__resonanceInvoke(channel, payload),
      on: (channel, listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
    },
  };
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload may only require electron, not ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}

/** Connects `page` to `host.core` the way the preload connects the window to the main process. */
export async function connect(page: Page, host: CoreHost): Promise<void> {
  await page.exposeBinding('__resonanceInvoke', async (_source, channel: string, payload: unknown) => {
    const method = nameOfChannel(channel) ?? channel;
    const result = await host.core.router.call(method, payload);
    host.calls.push({ channel, payload, result });
    return result;
  });
  forwardEvents(page, host.core);
  await page.addInitScript({ content: preloadInitScript() });
}

/** Sends `core`'s events to the page, as the main process forwards them to the window. */
export function forwardEvents(page: Page, core: GameCore): void {
  for (const name of eventNames) {
    core.events.on(name, (payload) => {
      void page
        .evaluate(
          ([channel, value]) =>
            (globalThis as unknown as { __resonanceEmit: (c: string, v: unknown) => void }).__resonanceEmit(
              channel,
              value,
            ),
          [channelOf(name), payload] as const,
        )
        .catch(() => undefined);
    });
  }
}
