// Builds the renderer's GameApi from the contract. The preload calls it with ipcRenderer; the browser
// test host calls it with a binding to the real core. Nothing else differs between the two.
import { channelOf } from './channels';
import type { EventName, EventPayload, Method, RequestOf, ResponseOf } from './contract';
import type { Result } from './result';

type Capitalised<S extends string> = S extends `${infer F}${infer R}` ? `${Uppercase<F>}${R}` : S;

export type GameCalls = {
  [M in Method]: RequestOf<M> extends undefined
    ? () => Promise<Result<ResponseOf<M>>>
    : (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
};

export type GameEvents = {
  [E in EventName as `on${Capitalised<E>}`]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

export type GameApi = GameCalls & GameEvents;

export interface Transport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Subscribes to an event channel; returns the unsubscribe function. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

export const eventMethodName = (event: EventName): string => `on${event[0]!.toUpperCase()}${event.slice(1)}`;

/** The call and event names, taken from the contract (at build time for the preload, so it needs no zod). */
export interface ContractNames {
  methods: readonly Method[];
  events: readonly EventName[];
}

export function buildGameApi(transport: Transport, names: ContractNames): GameApi {
  const api: Record<string, unknown> = {};
  for (const method of names.methods) {
    api[method] = (request?: unknown) => transport.invoke(channelOf(method), request) as Promise<unknown>;
  }
  for (const event of names.events) {
    api[eventMethodName(event)] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channelOf(event), listener);
  }
  return Object.freeze(api) as GameApi;
}
