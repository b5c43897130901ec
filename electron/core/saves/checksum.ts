// Canonical JSON and the sha256 checksum that tells a good save copy from a damaged or edited one.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) out[key] = sortKeys(inner);
    }
    return out;
  }
  return value;
}

export function checksumOf(value: unknown): string {
  return checksumOfText(canonicalJson(value));
}

/** The checksum of text that is already canonical JSON, for callers that need the text as well. */
export function checksumOfText(canonical: string): string {
  return 'sha256:' + createHash('sha256').update(canonical).digest('hex');
}

/** Short digest of a normalised guess, so repeats are recognised without keeping the guess itself. */
export function guessDigest(gateId: string, normalisedGuess: string): string {
  return createHash('sha256').update(`${gateId}\u0000${normalisedGuess}`).digest('hex').slice(0, 16);
}
