// Guesses whether a text is base64, hex, binary, Morse or OpenSSL AES, with a confidence for each.
import { isUserError } from '../result';
import { getCipher } from '../ciphers/index';
import { base64ToBytes } from '../ciphers/bytes';

export type EncodingId = 'base64' | 'hex' | 'binary' | 'morse' | 'aes';

export interface EncodingGuess {
  /** The cipher id that decodes it. */
  readonly id: EncodingId;
  /** 0 (no sign) to 1 (certain). */
  readonly confidence: number;
  /** Why, in a short sentence. */
  readonly reason: string;
}

/** Share of characters that are not control characters (tabs and line breaks count as fine). */
function readableShare(text: string): number {
  if (text.length === 0) return 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c !== 127 && (c < 128 || c > 159)) || c === 9 || c === 10 || c === 13) good++;
  }
  return good / text.length;
}

/** Decodes with a cipher; undefined when the text does not decode. */
function tryDecode(id: string, text: string): string | undefined {
  try {
    return getCipher(id).decrypt(text);
  } catch (error) {
    if (isUserError(error)) return undefined;
    throw error;
  }
}

/**
 * Full `shape` confidence when the decoding is readable text. Otherwise `notText` times it: high for
 * hex and binary, whose strict shapes are rarely accidental and which often carry XOR output.
 */
function judgeDecoded(
  id: EncodingId,
  decoded: string | undefined,
  shape: number,
  what: string,
  notText: number,
): EncodingGuess {
  if (decoded !== undefined && readableShare(decoded) >= 0.95)
    return { id, confidence: shape, reason: `It is ${what} and decodes to readable text.` };
  const result =
    decoded === undefined ? 'does not decode to text' : 'decodes to mostly unreadable characters';
  return { id, confidence: shape * notText, reason: `It is ${what}, but ${result}.` };
}

/**
 * Looks at the characters and shape of `text` and tries each decoding. Returns only the encodings it
 * could be, most likely first. Detection uses the whole text, so it stays linear for large inputs.
 */
export function detectEncodings(text: string): EncodingGuess[] {
  const trimmed = text.trim();
  const guesses: EncodingGuess[] = [];
  if (trimmed.length === 0) return guesses;
  const compact = trimmed.replace(/\s+/g, '');
  const hasInnerSpaces = /[ \t]/.test(trimmed);

  if (/^[.\-/\s]+$/.test(trimmed) && /[.-]/.test(trimmed))
    guesses.push(
      judgeDecoded('morse', tryDecode('morse', trimmed), 0.95, 'made only of dots, dashes and slashes', 0.3),
    );

  if (/^[01\s]+$/.test(trimmed)) {
    const fits = compact.length % 8 === 0;
    guesses.push(
      fits
        ? judgeDecoded(
            'binary',
            tryDecode('binary', trimmed),
            0.95,
            'made only of 0 and 1 in groups of 8',
            0.7,
          )
        : { id: 'binary', confidence: 0.3, reason: 'It is made only of 0 and 1, but not in whole bytes.' },
    );
  }

  if (/^[0-9A-Fa-f\s]+$/.test(trimmed)) {
    // Pure digits or pure 0/1 are hex too, but more likely something else.
    const shape = /[A-Fa-f]/.test(compact) ? 0.9 : 0.5;
    guesses.push(
      compact.length % 2 === 0
        ? judgeDecoded('hex', tryDecode('hex', trimmed), shape, 'made only of hex digits', 0.7)
        : { id: 'hex', confidence: 0.2, reason: 'It is made only of hex digits, but an odd number of them.' },
    );
  }

  if (compact.startsWith('U2FsdGVkX1')) {
    let valid: boolean;
    try {
      const bytes = base64ToBytes(compact);
      valid = bytes.length > 16 && (bytes.length - 16) % 16 === 0;
    } catch (error) {
      if (!isUserError(error)) throw error;
      valid = false;
    }
    if (valid)
      guesses.push({
        id: 'aes',
        confidence: 0.97,
        reason: 'It is base64 starting with "Salted__", the mark of OpenSSL passphrase encryption.',
      });
  } else if (/^[A-Za-z0-9+/\-_\s]+={0,2}$/.test(trimmed) && compact.length % 4 !== 1 && compact.length >= 4) {
    // Base64 rarely has spaces inside lines, and its length is usually padded to a multiple of 4.
    let shape = compact.length % 4 === 0 ? 0.9 : 0.7;
    if (hasInnerSpaces) shape *= 0.4;
    if (/^[0-9A-Fa-f]+$/.test(compact)) shape *= 0.6;
    guesses.push(
      judgeDecoded('base64', tryDecode('base64', trimmed), shape, 'made only of base64 characters', 0.3),
    );
  }

  return guesses.filter((g) => g.confidence > 0).sort((a, b) => b.confidence - a.confidence);
}
