// Works through the time-locks of hint rungs in a background worker while the player plays: the gate
// being worked on first. Progress is kept per pack outside save slots, so it resumes across restarts.
import { Worker } from 'node:worker_threads';
import type { HintLock, LockValues } from '../pack/open-pack';
import { REFERENCE_SQUARINGS_PER_SECOND } from '../pack/timelock';
import type { KeyValueStore } from '../store';
import type { Logger } from '../logger';

interface LockState {
  /** Squarings done so far, and the value they reached (base64). */
  done: number;
  value: string;
  pin?: string;
  reveal?: string;
}

/** The worker's whole program: native modular squaring, one chunk per message. Kept inline so it ships in any bundle. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createDiffieHellman } = require('node:crypto');
parentPort.on('message', ({ n, x, k }) => {
  const started = Date.now();
  const exponent = Buffer.alloc(Math.floor(k / 8) + 1);
  exponent[0] = 1 << (k % 8);
  const dh = createDiffieHellman(Buffer.from(n, 'base64'), Buffer.from(x, 'base64'));
  dh.setPrivateKey(exponent);
  const y = dh.generateKeys();
  const out = Buffer.alloc(n.length ? Buffer.from(n, 'base64').length : 256);
  y.copy(out, out.length - y.length);
  parentPort.postMessage({ y: out.toString('base64'), ms: Date.now() - started });
});
`;

/** Aim for chunks of about this long, so switching gates and saving progress happen often. */
const CHUNK_MS = 250;
/** Progress is written at most this often. */
const PERSIST_MS = 5_000;

export interface LockStatus {
  /** Milliseconds of work left before the rung opens, at the speed measured here; 0 when open. */
  pinpoint: number;
  reveal: number;
}

export class HintLockRunner {
  private readonly states = new Map<string, Map<string, LockState>>();
  private target: { packId: string; lock: HintLock } | undefined;
  private worker: Worker | undefined;
  private busy = false;
  private chunk = 1 << 16;
  /** Squarings per millisecond, measured; starts at the reference machine's figure. */
  private rate = REFERENCE_SQUARINGS_PER_SECOND / 1000;
  private lastPersist = 0;
  private stopped = false;

  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
  ) {}

  private pack(packId: string): Map<string, LockState> {
    let map = this.states.get(packId);
    if (!map) {
      map = new Map();
      const raw = this.store.get(`locks-${packId}`);
      if (raw && typeof raw === 'object')
        for (const [id, v] of Object.entries(raw as Record<string, unknown>)) {
          const s = v as Partial<LockState> | null;
          if (
            s &&
            typeof s.done === 'number' &&
            Number.isSafeInteger(s.done) &&
            typeof s.value === 'string'
          ) {
            const state: LockState = { done: s.done, value: s.value };
            if (typeof s.pin === 'string') state.pin = s.pin;
            if (typeof s.reveal === 'string') state.reveal = s.reveal;
            map.set(id, state);
          }
        }
      this.states.set(packId, map);
    }
    return map;
  }

  private state(packId: string, lock: HintLock): LockState {
    const map = this.pack(packId);
    let s = map.get(lock.id);
    if (!s) {
      s = { done: 0, value: lock.x.toString('base64') };
      map.set(lock.id, s);
    }
    this.settle(s, lock);
    return s;
  }

  /** Records the rung values a state has reached. */
  private settle(s: LockState, lock: HintLock): void {
    if (s.pin === undefined && s.done === lock.pinAfter) s.pin = s.value;
    if (s.reveal === undefined && s.done === lock.pinAfter + lock.revealAfter) s.reveal = s.value;
  }

  /** The values reached so far for a gate's lock. */
  values(packId: string, lock: HintLock): LockValues {
    const s = this.state(packId, lock);
    const out: LockValues = {};
    if (s.pin !== undefined) out.pin = Buffer.from(s.pin, 'base64');
    if (s.reveal !== undefined) out.reveal = Buffer.from(s.reveal, 'base64');
    return out;
  }

  status(packId: string, lock: HintLock): LockStatus {
    const s = this.state(packId, lock);
    const left = (until: number): number => Math.max(0, Math.ceil((until - s.done) / this.rate));
    return { pinpoint: left(lock.pinAfter), reveal: left(lock.pinAfter + lock.revealAfter) };
  }

  /** Works on this gate's lock from now on (or on nothing); the previous gate's progress is kept. */
  focus(packId: string, lock: HintLock | undefined): void {
    if (!lock || lock.pinAfter + lock.revealAfter === 0) {
      this.target = undefined;
      return;
    }
    const s = this.state(packId, lock);
    this.target = s.done >= lock.pinAfter + lock.revealAfter ? undefined : { packId, lock };
    this.pump();
  }

  private pump(): void {
    if (this.busy || this.stopped || !this.target) return;
    const { packId, lock } = this.target;
    const s = this.state(packId, lock);
    const goal = s.done < lock.pinAfter ? lock.pinAfter : lock.pinAfter + lock.revealAfter;
    const k = Math.min(this.chunk, goal - s.done);
    if (k <= 0) {
      this.target = undefined;
      this.persist(true);
      return;
    }
    this.busy = true;
    const worker = this.ensureWorker();
    const onMessage = (msg: { y: string; ms: number }): void => {
      worker.off('error', onError);
      this.busy = false;
      // The state may have been replaced meanwhile (another pack opened): only a matching one advances.
      if (this.pack(packId).get(lock.id) === s && s.value === start) {
        s.value = msg.y;
        s.done += k;
        this.settle(s, lock);
      }
      if (msg.ms > 0) this.rate = 0.7 * this.rate + 0.3 * (k / msg.ms);
      this.chunk = Math.max(1 << 12, Math.min(1 << 24, Math.round(this.rate * CHUNK_MS)));
      this.persist(false);
      this.pump();
    };
    const onError = (error: unknown): void => {
      worker.off('message', onMessage);
      this.busy = false;
      this.worker = undefined;
      this.log.warn('The hint lock worker stopped.', error);
    };
    const start = s.value;
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage({ n: lock.n.toString('base64'), x: start, k });
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER_SOURCE, { eval: true });
      this.worker.unref();
    }
    return this.worker;
  }

  persist(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastPersist < PERSIST_MS) return;
    this.lastPersist = now;
    for (const [packId, map] of this.states) {
      try {
        this.store.set(`locks-${packId}`, Object.fromEntries(map));
      } catch (error) {
        this.log.warn('Could not keep hint lock progress.', error);
      }
    }
  }

  /** Stops the worker and writes progress; used when the app quits and by tests. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.persist(true);
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }

  /** Resolves when the current target has nothing left to do (for tests). */
  async idle(timeoutMs = 60_000): Promise<void> {
    const started = Date.now();
    while ((this.busy || this.target) && Date.now() - started < timeoutMs)
      await new Promise((r) => setTimeout(r, 20));
  }
}
