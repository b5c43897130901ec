// How long a sealed hint rung has left, counted in the window between the engine's readings: a gate's
// time-lock is worked through only while the gate is focused, so only focused time counts down.
export class LockCountdown {
  /** Time each gate has been focused since the engine last reported its lock, gates no longer focused. */
  #work: Record<string, number> = {};
  #focus: { gateId: string; since: number } | null = null;

  /** Milliseconds left of the engine's last `reading` for a gate, less the time it has been focused since. */
  left(gateId: string, reading: number, now = Date.now()): number {
    const focused = this.#focus?.gateId === gateId ? Math.max(0, now - this.#focus.since) : 0;
    return Math.max(0, reading - (this.#work[gateId] ?? 0) - focused);
  }

  /** The engine has just reported these gates' locks (every gate when none are named): count from now. */
  fresh(gateIds?: string[], now = Date.now()): void {
    if (gateIds) for (const id of gateIds) delete this.#work[id];
    else this.#work = {};
    if (this.#focus && (!gateIds || gateIds.includes(this.#focus.gateId))) this.#focus.since = now;
  }

  /** The player now works on this gate (or on none). */
  focus(gateId: string | null, now = Date.now()): void {
    const was = this.#focus;
    if (was) this.#work[was.gateId] = (this.#work[was.gateId] ?? 0) + Math.max(0, now - was.since);
    this.#focus = gateId ? { gateId, since: now } : null;
  }

  /** A new game: nothing is focused and nothing counted. */
  reset(): void {
    this.#work = {};
    this.#focus = null;
  }
}
