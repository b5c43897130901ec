// The contract is the single list of calls: the built preload, the router and the main registration must
// all cover it exactly. (The registration side is checked in tests/electron/main/ipc.test.ts.)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelOf, contract, eventNames, methods } from '@shared/contract';
import { eventMethodName } from '@shared/game-api';
import { createRouter, type Handlers } from '@core/router';
import { memoryLogger } from '@core/logger';
import { validRequests } from './valid-requests';

const root = resolve(import.meta.dirname, '../../..');
const preloadFile = join(root, 'out/preload/index.cjs');

/** Runs the built preload in a bare context with a recording `electron` module. */
function loadBuiltPreload() {
  if (!existsSync(preloadFile))
    throw new Error('out/preload/index.cjs is missing: run "npm run build" first.');
  const exposed: Record<string, unknown> = {};
  const invoked: { channel: string; payload: unknown }[] = [];
  const subscribed: string[] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => {
        invoked.push({ channel, payload });
        return Promise.resolve({ ok: true, value: null });
      },
      on: (channel: string) => subscribed.push(channel),
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(preloadFile, 'utf8'), {
    module,
    exports: module.exports,
    require: (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`The sandboxed preload required "${name}".`);
      return electron;
    },
  });
  return { exposed, invoked, subscribed, required };
}

describe('the contract', () => {
  it('gives every call a request schema', () => {
    for (const method of methods) expect(typeof contract[method].request.safeParse, method).toBe('function');
  });

  it('is served by the built preload: one named method per call and event, nothing else', async () => {
    const { exposed, invoked, subscribed, required } = loadBuiltPreload();
    expect(Object.keys(exposed)).toEqual(['game']);
    const api = exposed.game as Record<string, (arg?: unknown) => unknown>;
    const expected = [...methods, ...eventNames.map(eventMethodName)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
    expect(required).toEqual(['electron']);

    for (const method of methods) await api[method]!({ probe: method });
    expect(invoked.map((i) => i.channel)).toEqual(methods.map(channelOf));
    for (const event of eventNames) api[eventMethodName(event)]!(() => undefined);
    expect(subscribed).toEqual(eventNames.map(channelOf));
  });

  it('never hands the page ipcRenderer or a generic send', () => {
    const { exposed } = loadBuiltPreload();
    const api = exposed.game as Record<string, unknown>;
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on', 'sendSync'])
      expect(api).not.toHaveProperty(forbidden);
    expect(readFileSync(preloadFile, 'utf8')).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('has a router handler for every call', async () => {
    const handlers = Object.fromEntries(methods.map((m) => [m, () => 'handled'])) as unknown as Handlers;
    const router = createRouter(handlers, memoryLogger());
    for (const method of methods) {
      const result = await router.call(method, validRequests[method]);
      expect(result, method).toEqual({ ok: true, value: 'handled' });
    }
  });
});
