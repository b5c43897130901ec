// The best offline attack on a sealed pack that needs no guessing: read each gate's hints as soon as its
// time-lock allows, take the answer they lead to, open the next gates. The lock work is counted, not done.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPack } from '@core/pack/seal-pack';
import { openPack, type SealedPack } from '@core/pack/open-pack';
import { PackSecret, SECRET_FILE } from '@core/pack/pack-secret';
import { scaffold } from '@core/pack/scaffold';
import { TimeLockTrapdoor, toBig, toBytes } from '@core/pack/timelock';
import { unrollCost } from '@core/pack/unroll-cost';
import type { DeductionSubmission } from '@shared/pack/public-types';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

interface Step {
  solve?: string;
  answer?: string | number;
  deduce?: string;
  fills?: Record<string, string>;
  links?: { from: string; type: string; to: string }[];
}

/**
 * Plays the pack as the attacker: only gates the file makes available, each opened through its hints.
 * The walkthrough stands in for reading the answer out of a pinpoint or reveal, which a person does.
 */
async function attack(bytes: Uint8Array, secret: PackSecret, steps: Step[]) {
  const pack: SealedPack = openPack(bytes);
  const trapdoor = new TimeLockTrapdoor(secret);
  const answers = new Map<string, string | DeductionSubmission>();
  for (const s of steps) {
    if (s.solve) answers.set(s.solve, String(s.answer));
    else if (s.deduce) answers.set(s.deduce, s.fills ? { fills: s.fills } : { links: s.links ?? [] });
  }
  const locks = new Map<string, number>();
  const solved: string[] = [];
  for (let progressed = true; progressed;) {
    progressed = false;
    const view = pack.view();
    for (const gate of [...view.puzzles, ...view.deductions]) {
      if (view.solved.includes(gate.id)) continue;
      const lock = pack.hintLock(gate.id);
      // Without working through the lock, the file gives only the nudge and the method.
      expect(pack.hintsFor(gate.id).map((h) => h.rung)).toEqual(
        lock.pinAfter === 0
          ? ['nudge', 'method', 'pinpoint', ...(lock.revealAfter === 0 ? ['reveal'] : [])]
          : ['nudge', 'method'],
      );
      // Counted: the squarings a solver must do. Done here through the author's trapdoor, in an instant.
      const pin = toBytes(trapdoor.lock(toBig(lock.x), lock.pinAfter));
      expect(pack.hintsFor(gate.id, { pin }).some((h) => h.rung === 'pinpoint')).toBe(true);
      locks.set(gate.id, lock.pinAfter);
      const outcome = await pack.tryAnswer(gate.id, answers.get(gate.id)!);
      expect(outcome.kind).toBe('solved');
      solved.push(gate.id);
      progressed = true;
    }
  }
  // What each gate waited for, as the sealed file itself shows it once everything is open.
  const graph = pack.gateRequirements();
  const requires = (gate: string): string[] => graph.get(gate) ?? [];
  return { solved, locks, cost: unrollCost(locks.keys(), requires, (g) => locks.get(g)!) };
}

describe('the offline attack through hints', () => {
  it('opens the scaffold pack only after the sum of its chained time-locks, not sooner', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'resonance-attack-')), 'relay-inbox');
    await scaffold(dir);
    const secret = PackSecret.random();
    const built = await buildPack(dir, { cost: 'normal', secret });
    const steps = (parse(readFileSync(join(dir, 'walkthrough.yaml'), 'utf8')) as { steps: Step[] }).steps;
    const { solved, cost } = await attack(built.bytes, secret, steps);
    expect(solved.length).toBe(openPack(built.bytes).info.gateCount);
    // Every gate of the critical path costs its full pinpoint lock, one after another.
    expect(cost.squarings).toBe(cost.criticalPath.length * built.locks.values().next().value![0]);
    expect(cost.hours).toBeGreaterThan(0);
  }, 120_000);

  it('needs at least three hours of sequential work on one fast core to open the whole campaign', async () => {
    const dir = resolve(import.meta.dirname, '../../puzzles/neos-2148');
    const secret = PackSecret.parse(readFileSync(join(dir, SECRET_FILE), 'utf8'), SECRET_FILE);
    const built = await buildPack(dir, { cost: 'normal', secret });
    const steps = (parse(readFileSync(join(dir, 'walkthrough.yaml'), 'utf8')) as { steps: Step[] }).steps;
    const { solved, cost } = await attack(built.bytes, secret, steps);
    expect(solved.length).toBe(openPack(built.bytes).info.gateCount);
    console.log(
      `neos-2148: ${solved.length} gates; critical path ${cost.criticalPath.length} gates, ${cost.hours.toFixed(2)} h on one fast core`,
    );
    expect(cost.hours).toBeGreaterThanOrEqual(3);
  }, 600_000);
});
