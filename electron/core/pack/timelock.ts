// Sequential time-locks (Rivest–Shamir–Wagner repeated squaring) that seal the later hint rungs: the
// author's build computes them in an instant through the trapdoor, anyone else must square one step at a time.
import { checkPrimeSync, createDiffieHellman, createHash } from 'node:crypto';
import type { PackSecret } from './pack-secret';

/** Bytes of the modulus (2048 bits). */
export const MODULUS_BYTES = 256;

/**
 * Squarings a second on one core of the reference machine (2 shared cores), measured by `npm run bench`
 * with the same native modular exponentiation the game uses. A fast desktop core is taken as twice that.
 */
export const REFERENCE_SQUARINGS_PER_SECOND = 1.0e6;
export const FAST_CORE_SQUARINGS_PER_SECOND = 2 * REFERENCE_SQUARINGS_PER_SECOND;

export const toBig = (b: Uint8Array): bigint =>
  b.length === 0 ? 0n : BigInt(`0x${Buffer.from(b).toString('hex')}`);

export function toBytes(x: bigint, length = MODULUS_BYTES): Buffer {
  const hex = x.toString(16).padStart(length * 2, '0');
  if (hex.length > length * 2) throw new RangeError('value does not fit');
  return Buffer.from(hex, 'hex');
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** The author's side of the lock: the modulus and its factorisation, derived from the pack secret. */
export class TimeLockTrapdoor {
  readonly n: bigint;
  private readonly phi: bigint;

  constructor(secret: PackSecret) {
    const p = derivePrime(secret, 'p');
    let q = derivePrime(secret, 'q');
    for (let i = 0; q === p; i++) q = derivePrime(secret, `q${i}`);
    this.n = p * q;
    this.phi = (p - 1n) * (q - 1n);
  }

  /** x^(2^t) mod n, computed through the trapdoor in milliseconds. */
  lock(x: bigint, t: number): bigint {
    const e = modPow(2n, BigInt(t), this.phi);
    return modPow(x, e, this.n);
  }

  /** The starting value of one lock, derived from the secret so builds are reproducible. */
  start(secret: PackSecret, label: string): bigint {
    const wide = toBig(secret.stream('timelock start', MODULUS_BYTES + 16, label));
    return 2n + (wide % (this.n - 3n));
  }
}

function derivePrime(secret: PackSecret, label: string): bigint {
  for (let i = 0; ; i++) {
    const bytes = secret.stream('timelock prime', 128, label, String(i));
    bytes[0]! |= 0xc0; // keep the product at full 2048 bits
    bytes[127]! |= 1;
    if (checkPrimeSync(bytes, { checks: 40 })) return toBig(bytes);
  }
}

/** The AES key a lock opens, from the value after its squarings. */
export function lockKey(value: Uint8Array, label: string): Buffer {
  return createHash('sha256').update(`resonance timelock ${label}\0`).update(value).digest();
}

/**
 * `squarings` squarings of `x` modulo `n`, done by the native modular exponentiation (x^(2^k) with a
 * private exponent 2^k), which is as fast as square-and-multiply gets. Synchronous: run it in a worker.
 */
export function squareChunk(n: Uint8Array, x: Uint8Array, squarings: number): Buffer {
  if (squarings === 0) return Buffer.from(x);
  const exponent = Buffer.alloc(Math.floor(squarings / 8) + 1);
  exponent[0] = 1 << (squarings % 8);
  const dh = createDiffieHellman(Buffer.from(n), Buffer.from(x));
  dh.setPrivateKey(exponent);
  return toBytes(toBig(dh.generateKeys()));
}
