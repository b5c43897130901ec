// How long reading a sealed pack through its hints takes someone with the file and the code but no
// answers: each gate's time-lock must be worked through in turn along the longest chain of gates.
import { FAST_CORE_SQUARINGS_PER_SECOND } from './timelock';

export interface UnrollCost {
  /** The longest chain of gates, each opening only after the one before it. */
  criticalPath: string[];
  /** Squarings along that chain: work no number of cores can share out. */
  squarings: number;
  /** The same, in hours on one fast desktop core. */
  hours: number;
}

/**
 * The critical path through the gates: a gate becomes available when every gate it requires is solved,
 * and is solved (through its hints) `lockOf(gate)` squarings after that.
 */
export function unrollCost(
  gates: Iterable<string>,
  requires: (gate: string) => readonly string[],
  lockOf: (gate: string) => number,
): UnrollCost {
  const finish = new Map<string, { at: number; path: string[] }>();
  const visiting = new Set<string>();
  const solve = (gate: string): { at: number; path: string[] } => {
    const known = finish.get(gate);
    if (known) return known;
    if (visiting.has(gate)) throw new Error(`unlock cycle through ${gate}`);
    visiting.add(gate);
    let start = { at: 0, path: [] as string[] };
    for (const r of requires(gate)) {
      if (r === gate) continue;
      const f = solve(r);
      if (f.at > start.at) start = f;
    }
    visiting.delete(gate);
    const done = { at: start.at + lockOf(gate), path: [...start.path, gate] };
    finish.set(gate, done);
    return done;
  };
  let worst = { at: 0, path: [] as string[] };
  for (const g of gates) {
    const f = solve(g);
    if (f.at > worst.at) worst = f;
  }
  return {
    criticalPath: worst.path,
    squarings: worst.at,
    hours: worst.at / FAST_CORE_SQUARINGS_PER_SECOND / 3600,
  };
}
