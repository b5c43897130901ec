// What one answer check costs, in the units the sealing bounds and the checker's strength figures use.

/** scrypt settings of a sealed pack. One derivation per answer check, whatever the number of key slots. */
export interface ScryptParams {
  alg: 'scrypt';
  N: number;
  r: number;
  p: number;
}

/**
 * KDF costs. `normal` is what shared packs use: about 0.17 s per derivation on a 2-core reference machine,
 * so one answer check feels immediate while each offline guess costs real time. `fast` is for tests and
 * benchmarks of everything else; `dev` is for `pack dev`, where sealing is off in all but name.
 */
export const KDF_COSTS = {
  normal: { alg: 'scrypt', N: 2 ** 16, r: 8, p: 1 },
  fast: { alg: 'scrypt', N: 2 ** 4, r: 1, p: 1 },
  dev: { alg: 'scrypt', N: 2, r: 1, p: 1 },
} as const satisfies Record<string, ScryptParams>;
export type KdfCost = keyof typeof KDF_COSTS;

/** scrypt's work grows with N·r·p: one "unit" is one 128-byte block mix. */
export const kdfUnits = (k: Pick<ScryptParams, 'N' | 'r' | 'p'>): number => k.N * k.r * k.p;

/**
 * Measured with `npm run bench` on the reference machine (2 shared cores): scrypt N=2^16, r=8, p=1 took
 * 0.17 s, that is about 3.0 million units a second on one core. A fast desktop core is taken as twice that.
 */
export const REFERENCE_UNITS_PER_SECOND = 3.0e6;
export const FAST_CORE_UNITS_PER_SECOND = 2 * REFERENCE_UNITS_PER_SECOND;

/** Seconds one offline guess costs an attacker on one fast desktop core. */
export const secondsPerGuess = (k: Pick<ScryptParams, 'N' | 'r' | 'p'>): number =>
  kdfUnits(k) / FAST_CORE_UNITS_PER_SECOND;

/**
 * The most key-derivation work one answer or deduction check may ask for, in units: about 0.7 s on the
 * reference machine. A pack asking for more is refused when it is opened.
 */
export const MAX_CHECK_UNITS = 2 ** 21;

/**
 * The verifier KDF of a deduction with per-slot feedback: as costly as the per-check bound allows for
 * `items` derivations, so testing slots one at a time costs as much per test as the game can afford.
 */
export function verifierParams(items: number, pack: ScryptParams): ScryptParams {
  if (kdfUnits(pack) * items <= MAX_CHECK_UNITS && pack.N < 2 ** 10) return { ...pack };
  let N = 2;
  while (N * 2 * 8 * items <= MAX_CHECK_UNITS) N *= 2;
  return { alg: 'scrypt', N, r: 8, p: 1 };
}

/** Items a deduction's feedback checks at most: its slots, or twice its links. */
export const feedbackItems = (
  d: { kind: 'fill'; slots: object } | { kind: 'links'; links: unknown[] },
): number => (d.kind === 'fill' ? Object.keys(d.slots).length : 2 * d.links.length);
