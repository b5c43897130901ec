import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers } from '@core/router';
import { memoryLogger } from '@core/logger';
import { methods } from '@shared/contract';
import { UserError } from '@shared/result';
import { validRequests } from '../shared/valid-requests';

/** Handlers that echo their validated request, so the test sees exactly what passed the schema. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const echo = Object.fromEntries(methods.map((m) => [m, (request: unknown) => request ?? null]));
  return { ...echo, ...overrides } as Handlers;
}

describe('the core router', () => {
  it('answers every call in the contract', async () => {
    const router = createRouter(handlers(), memoryLogger());
    for (const method of methods) {
      const result = await router.call(method, validRequests[method]);
      expect(result, method).toEqual({ ok: true, value: validRequests[method] ?? null });
    }
  });

  it('refuses a channel that is not in the contract', async () => {
    const log = memoryLogger();
    const result = await createRouter(handlers(), log).call('deleteEverything', undefined);
    expect(result).toEqual({
      ok: false,
      code: 'unknown-channel',
      message: 'There is no call named "deleteEverything".',
    });
    expect(log.lines.some((l) => l.level === 'warn')).toBe(true);
  });

  it('refuses inherited object keys as channel names', async () => {
    const result = await createRouter(handlers(), memoryLogger()).call('constructor', undefined);
    expect(result.ok).toBe(false);
  });

  it.each([
    ['a wrong type', { fontScale: 'huge' }, 'fontScale'],
    ['a value out of range', { fontScale: 9 }, 'fontScale'],
    ['an unknown field', { nodeIntegration: true }, ''],
    ['not an object', 'dark', ''],
  ])('rejects a payload with %s and names the field', async (_label, payload, field) => {
    const result = await createRouter(handlers(), memoryLogger()).call('updateSettings', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('invalid-request');
      expect(result.message).toContain('updateSettings');
      if (field) expect(result.message).toContain(`"${field}"`);
    }
  });

  it('rejects a payload sent to a call that takes none', async () => {
    const result = await createRouter(handlers(), memoryLogger()).call('getSettings', { sneaky: 1 });
    expect(result.ok).toBe(false);
  });

  it('passes a player mistake through as its own sentence', async () => {
    const router = createRouter(
      handlers({
        listPacks: () => {
          throw new UserError('That pack file is damaged: download it again.', 'invalid-pack');
        },
      }),
      memoryLogger(),
    );
    expect(await router.call('listPacks', undefined)).toEqual({
      ok: false,
      code: 'invalid-pack',
      message: 'That pack file is damaged: download it again.',
    });
  });

  it('hides a bug behind a generic message and logs it', async () => {
    const log = memoryLogger();
    const router = createRouter(
      handlers({
        listPacks: () => {
          throw new TypeError('cannot read properties of undefined (reading "x")');
        },
      }),
      log,
    );
    const result = await router.call('listPacks', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('internal');
      expect(result.message).not.toContain('undefined');
      expect(result.message).toContain('Your progress is safe');
    }
    expect(log.lines).toContainEqual({ level: 'error', message: 'The call "listPacks" failed.' });
  });
});
