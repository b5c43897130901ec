// XOR crib dragging: slide a guessed piece of plaintext along XORed data and see what readable text falls out.
import { hexToBytes } from '../ciphers/bytes';

export interface CribPosition {
  /** Byte offset where the crib was placed. */
  readonly offset: number;
  /** The data XORed with the crib at this offset, shown with unprintable bytes as "·". */
  readonly text: string;
  /** Share of printable ASCII bytes in the result (0-1). */
  readonly printable: number;
}

export function xorBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.min(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = a[i]! ^ b[i]!;
  return out;
}

const isPrintable = (b: number): boolean => (b >= 32 && b < 127) || b === 9 || b === 10 || b === 13;

/**
 * XORs `crib` (UTF-8) with `data` at every offset. If `data` is a ciphertext under a repeating key, a
 * right guess of its plaintext reveals a piece of the key; if `data` is two ciphertexts under the same
 * key XORed together, it reveals a piece of the other plaintext. `data` may be bytes or hex text.
 * Results are ranked by how printable they are, then by offset; `limit` caps how many are returned.
 */
export function xorCribDrag(data: Uint8Array | string, crib: string, limit = 20): CribPosition[] {
  const bytes = typeof data === 'string' ? hexToBytes(data, 'The XOR data') : data;
  const cribBytes = new TextEncoder().encode(crib);
  const results: CribPosition[] = [];
  if (cribBytes.length === 0) return results;
  for (let offset = 0; offset + cribBytes.length <= bytes.length; offset++) {
    let text = '';
    let good = 0;
    for (let j = 0; j < cribBytes.length; j++) {
      const b = bytes[offset + j]! ^ cribBytes[j]!;
      if (isPrintable(b)) good++;
      text += b >= 32 && b < 127 ? String.fromCharCode(b) : '·';
    }
    results.push({ offset, text, printable: good / cribBytes.length });
  }
  return results.sort((a, b) => b.printable - a.printable || a.offset - b.offset).slice(0, limit);
}
