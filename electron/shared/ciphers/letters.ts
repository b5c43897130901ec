// Shared helpers for the letter ciphers: A-Z arithmetic that keeps case and leaves other characters alone.

export const mod = (n: number, m: number): number => ((n % m) + m) % m;

/** Builds a string from UTF-16 code units in chunks, keeping any lone surrogates intact. */
export function fromCodes(codes: Uint16Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < codes.length; i += chunk) {
    // `apply` reads the typed array directly; spreading it would go through the slow iterator.
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + chunk) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Replaces each ASCII letter by `transform(letterIndex 0-25, lettersSoFar)` in the same case.
 * Other characters are copied and do not count, so they consume no key letter.
 */
export function mapLetters(text: string, transform: (letter: number, count: number) => number): string {
  const out = new Uint16Array(text.length);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) out[i] = 65 + mod(transform(c - 65, count++), 26);
    else if (c >= 97 && c <= 122) out[i] = 97 + mod(transform(c - 97, count++), 26);
    else out[i] = c;
  }
  return fromCodes(out);
}

/** Letter indices 0-25 of a validated capitals-only key. */
export const keyShifts = (key: string): number[] => Array.from(key, (ch) => ch.charCodeAt(0) - 65);

export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A 5x5 key square: the key's letters first (J counted as I, repeats dropped), then the rest of the
 * alphabet without J. Used by Playfair and Bifid.
 */
export function keySquare(key: string): string {
  const seen = new Set<string>();
  for (const ch of (key + 'ABCDEFGHIKLMNOPQRSTUVWXYZ').toUpperCase().replace(/J/g, 'I')) {
    if (ch >= 'A' && ch <= 'Z') seen.add(ch);
  }
  return [...seen].join('');
}

/** Capitals only, J merged into I, everything that is not a letter dropped. */
export function squareLetters(text: string): string {
  return text
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase()
    .replace(/J/g, 'I');
}
