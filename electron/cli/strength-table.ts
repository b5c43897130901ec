// The strength tables `pack check` and `pack stats` print: guesses per gate and their offline cost.
import type { PackStats } from '@core/pack';
import type { GateStrength } from '@core/pack/checks/strength';
import { formatHours } from '@core/pack/checks/strength';
import { KDF_COSTS, secondsPerGuess, type KdfCost } from '@core/pack/kdf-cost';

const log2 = (n: number): string => Math.log2(Math.max(1, n)).toFixed(1);

/** Core-hours with enough digits to compare small figures, and powers of ten for huge ones. */
export function coreHours(h: number): string {
  if (h === 0) return '0';
  if (h < 0.001) return h.toExponential(1);
  if (h < 10) return h.toPrecision(2);
  if (h < 1e7) return Math.round(h).toString();
  return h.toExponential(1);
}

const kdfLine = (k: { N: number; r: number; p: number }, seconds: number): string =>
  `scrypt N=2^${Math.log2(k.N)} r=${k.r} p=${k.p}, ${seconds.toPrecision(2)} s per guess on one fast desktop core`;

/** Every gate with its guesses and cost, weakest first, for `pack check`. */
export function strengthTable(strengths: readonly GateStrength[], cost: KdfCost): string {
  const k = KDF_COSTS[cost];
  const rows = [...strengths]
    .sort((a, b) => a.guesses - b.guesses)
    .map((s) => {
      const guesses =
        s.slotGuesses !== undefined && s.groupGuesses !== undefined
          ? `${log2(s.guesses)} (group ${log2(s.groupGuesses)})`
          : log2(s.guesses);
      return [s.gate, s.kind, guesses, coreHours(s.coreHours), formatHours(s.coreHours)];
    });
  const head = ['gate', 'kind', 'log2 guesses', 'core-hours', 'offline'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    `Strength of each gate against an offline attacker (${kdfLine(k, secondsPerGuess(k))}):`,
    fmt(head),
    ...rows.map(fmt),
    'A deduction with per-slot feedback is counted slot by slot; "group" is its cost without feedback.',
  ].join('\n');
}

/** The cheapest gates of `pack stats`, with the KDF they were measured at. */
export function cheapestTable(s: PackStats): string {
  const lines = [`Cheapest gates to brute-force offline (${kdfLine(s.kdf, s.secondsPerGuess)}):`];
  if (s.cheapest.length === 0) lines.push('  none that can be judged');
  for (const c of s.cheapest)
    lines.push(
      `  ${c.gate}  ${c.kind}  2^${c.log2Guesses.toFixed(1)} guesses  ${coreHours(c.coreHours)} core-hours (${formatHours(c.coreHours)})`,
    );
  if (s.sealed)
    lines.push(
      `Sealed pack: ${s.sealed.openGates} of ${s.sealed.gateCount} gates are open before any answer; the strength of ${s.sealed.unjudged.length} open puzzle${s.sealed.unjudged.length === 1 ? '' : 's'} (${s.sealed.unjudged.join(', ') || 'none'}) cannot be judged without their answers: run pack stats on the source folder.`,
    );
  return lines.join('\n');
}
