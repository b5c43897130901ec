// A typed emitter for the events the engine sends towards the renderer.
import type { EventName, EventPayload } from '@shared/contract';

type Listener = (payload: never) => void;

export class CoreEvents {
  private readonly listeners = new Map<EventName, Set<Listener>>();

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (p: EventPayload<E>) => void)(payload);
  }
}
