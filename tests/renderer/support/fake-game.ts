// A GameApi for component tests: the real builder over an in-memory transport that answers like the core.
import { buildGameApi, type GameApi } from '@shared/game-api';
import { eventNames, methods } from '@shared/contract';
import type { Settings } from '@shared/settings';

export interface FakeGame {
  api: GameApi;
  calls: { channel: string; payload: unknown }[];
  emit(channel: string, payload: unknown): void;
}

export function installFakeGame(answers: Record<string, (payload: unknown) => unknown>): FakeGame {
  const calls: FakeGame['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = buildGameApi(
    {
      invoke: async (channel, payload) => {
        calls.push({ channel, payload });
        const answer = answers[channel.replace('resonance:', '')];
        // An answer may be a promise, for tests that hold a call open.
        return answer
          ? { ok: true, value: await answer(payload) }
          : { ok: false, code: 'internal', message: 'no answer' };
      },
      subscribe: (channel, listener) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
        return () => set.delete(listener);
      },
    },
    // Every call and event of the contract exists; calls without an answer fail like the core would.
    { methods, events: eventNames },
  );
  Object.defineProperty(window, 'game', { value: api, configurable: true });
  return { api, calls, emit: (channel, payload) => listeners.get(channel)?.forEach((l) => l(payload)) };
}

export const defaultSettings: Settings = {
  fontScale: 1,
  reducedMotion: false,
  highContrast: false,
  colourBlindPalette: false,
  theme: 'dark',
  timers: true,
  feedback: 'group',
  volume: 0.6,
  muted: false,
  ambience: true,
  solvingAssist: 'first-chapter',
};
