// The main-process registration: every contract call is registered, the sender is checked first, and
// payloads reach the router for schema validation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import { channelOf, eventNames, methods } from '@shared/contract';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock);
const { recorded, FakeWebContents } = await import('./electron-mock');
const { registerIpc } = await import('../../../electron/main/ipc');

const dir = mkdtempSync(join(tmpdir(), 'resonance-ipc-'));
const core = createGameCore({
  stores: confStoreFactory(dir),
  log: memoryLogger(),
  builtinPacksDir: join(dir, 'none'),
  host: {
    info: { version: '1', platform: 'linux', canQuit: true, logFolder: dir, dataFolder: dir },
    quit: vi.fn(),
  },
});
const ours = new FakeWebContents();
const log = memoryLogger();
registerIpc(core, () => ours as never, log);

const invoke = (channel: string, sender: unknown, url: string, payload?: unknown) =>
  (recorded.ipcHandlers.get(channel) as (e: unknown, p: unknown) => Promise<unknown>)(
    { sender, senderFrame: { url } },
    payload,
  );

describe('the IPC registration', () => {
  it('registers a handler for every call in the contract and nothing else', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(methods.map(channelOf).sort());
  });

  it('answers our window', async () => {
    expect(await invoke(channelOf('getSettings'), ours, 'app://resonance/index.html')).toMatchObject({
      ok: true,
    });
  });

  it('refuses another webContents even when it claims our URL', async () => {
    const result = await invoke(
      channelOf('getSettings'),
      new FakeWebContents(),
      'app://resonance/index.html',
    );
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses our window once it has navigated somewhere foreign', async () => {
    const result = await invoke(channelOf('updateSettings'), ours, 'https://evil.example/', {
      highContrast: true,
    });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(core.settings.get().highContrast).toBe(false);
  });

  it('validates the payload after the sender check', async () => {
    const result = await invoke(channelOf('updateSettings'), ours, 'app://resonance/index.html', {
      fontScale: 'x',
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('forwards every core event to our window', () => {
    core.events.emit('menuCommand', 'open-settings');
    expect(ours.sent).toContainEqual({ channel: channelOf('menuCommand'), payload: 'open-settings' });
    expect(eventNames.length).toBeGreaterThan(0);
  });
});
