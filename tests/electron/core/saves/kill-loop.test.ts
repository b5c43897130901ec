import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// esbuild comes with tsx: bundling the child once makes each start a plain `node` start (about 5x
// faster than `node --import tsx`), which is what lets hundreds of kills fit in the test's time.
import { build } from 'esbuild';
import { confStoreFactory } from '@core/conf-store';
import { SaveService } from '@core/saves/save-service';
import { PACK } from './helpers';

const ROUNDS = Number(process.env.SAVE_KILL_ROUNDS ?? 300);
/** Independent save folders killed side by side, to use both cores while a child starts up. */
const LANES = 2;
const MAX_DELAY_MS = 10;

let work: string;
let child: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-kill-'));
  child = join(work, 'save-loop.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'save-loop.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: child,
    logLevel: 'warning',
    // conf's dependencies still use require(); give the bundle one in ESM form.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Round {
  /** Highest counter the child printed after its save returned; -1 if none. */
  reported: number;
}

/**
 * Starts the child and kills it with SIGKILL at a random moment: after 0 to 3 saves reported
 * (0 = while the first save may still be starting), plus a random few milliseconds.
 */
function runAndKill(folder: string, slotId: string): Promise<Round> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, folder, PACK, slotId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const savesBeforeKill = Math.floor(Math.random() * 4);
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      out += chunk;
      const saves = out.split('\nsaved ').length - 1;
      if (!timer && out.includes('start ') && saves >= savesBeforeKill) {
        timer = setTimeout(() => proc.kill('SIGKILL'), Math.random() * MAX_DELAY_MS);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`the save loop stopped by itself: ${err || out}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve({ reported: saved.length > 0 ? Math.max(...saved) : -1 });
    });
  });
}

const tempFiles = (folder: string) => new Set(readdirSync(folder).filter((n) => n.includes('.tmp-')));

async function lane(
  index: number,
  rounds: number,
): Promise<{ kills: number; insideWrite: number; finalCounter: number }> {
  const folder = join(work, `lane-${index}`);
  const seed = new SaveService({ stores: confStoreFactory(folder) });
  const { id } = seed.createSlot(PACK, 'Kill test');
  // A board of a few hundred cards makes each save long enough for kills to land inside writes.
  seed.updateSlot(PACK, id, (slot) => {
    for (let i = 0; i < 300; i++)
      slot.board.nodes.push({ id: `card-${i}`, kind: 'clue', text: 'x'.repeat(80), x: i, y: i });
  });
  let floor = 0;
  let insideWrite = 0;
  for (let round = 0; round < rounds; round++) {
    const before = tempFiles(folder);
    const { reported } = await runAndKill(folder, id);
    // A temporary file left behind means the kill landed between starting a write and finishing it.
    if ([...tempFiles(folder)].some((n) => !before.has(n))) insideWrite++;
    // A fresh service, as after a restart: the save must be readable and no older than any save
    // reported done, in this round or any before it.
    const saves = new SaveService({ stores: confStoreFactory(folder) });
    const { slot, notices } = saves.loadSlot(PACK, id);
    expect(notices, `round ${round}: a kill must never look like damage`).toEqual([]);
    expect(slot.timePlayedMs, `round ${round}: save older than the last one reported`).toBeGreaterThanOrEqual(
      Math.max(floor, reported),
    );
    expect(slot.board.nodes).toHaveLength(300);
    floor = slot.timePlayedMs;
  }
  return { kills: rounds, insideWrite, finalCounter: floor };
}

describe('killing the process while it saves', () => {
  it(
    `never leaves a save that cannot be read or is older than the last one reported (${ROUNDS} kills)`,
    async () => {
      const perLane = Math.ceil(ROUNDS / LANES);
      const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, perLane)));
      const kills = results.reduce((n, r) => n + r.kills, 0);
      expect(kills).toBeGreaterThanOrEqual(ROUNDS);
      const insideWrite = results.reduce((n, r) => n + r.insideWrite, 0);
      console.info(`save kill loop: ${kills} kills, ${insideWrite} inside a write`);
      // Some kills must cut a write short, or the test proves little.
      expect(insideWrite).toBeGreaterThan(0);
      for (const r of results) expect(r.finalCounter).toBeGreaterThan(0);
      for (let i = 0; i < LANES; i++) {
        expect(readdirSync(join(work, `lane-${i}`)).filter((n) => n.includes('.damaged-'))).toEqual([]);
      }
    },
    // Generous: on a machine busy with other work each start of the child takes several times longer.
    600_000,
  );
});
