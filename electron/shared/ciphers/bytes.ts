// Byte helpers for the encodings: UTF-8, base64 and hex, strict about bad input and free of Node APIs.
import { UserError } from '../result';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export const utf8Encode = (text: string): Uint8Array => encoder.encode(text);

/** Decodes UTF-8, throwing `message` as a `UserError` when the bytes are not valid text. */
export function utf8Decode(bytes: Uint8Array, message: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError(message);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;
// The URL-safe alphabet decodes too, since people paste both.
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;

export function bytesToBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out.push(B64[n >> 18]!, B64[(n >> 12) & 63]!, B64[(n >> 6) & 63]!, B64[n & 63]!);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out.push(B64[n >> 18]!, B64[(n >> 12) & 63]!, '==');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out.push(B64[n >> 18]!, B64[(n >> 12) & 63]!, B64[(n >> 6) & 63]!, '=');
  }
  return out.join('');
}

/** Decodes base64, ignoring whitespace; padding is optional. `what` names the input in error sentences. */
export function base64ToBytes(text: string, what = 'The text'): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  const body = compact.replace(/={1,2}$/, '');
  const padded = compact.length !== body.length;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128 || B64_VALUE[c] === -1) {
      const shown =
        body[i] === '=' ? '"=" before the end' : `"${String.fromCodePoint(body.codePointAt(i)!)}"`;
      throw new UserError(
        `${what} is not valid base64: ${shown} cannot appear in base64, which uses only A-Z, a-z, 0-9, "+", "/" and "=" at the end.`,
      );
    }
  }
  if (body.length % 4 === 1 || (padded && compact.length % 4 !== 0))
    throw new UserError(
      `${what} is not valid base64: its length does not fit; check that nothing was cut off.`,
    );
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    acc = (acc << 6) | B64_VALUE[body.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

const HEX = '0123456789abcdef';

export function bytesToHex(bytes: Uint8Array): string {
  const out = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
  return out.join('');
}

/** Decodes hex digits in either case, ignoring whitespace. */
export function hexToBytes(text: string, what = 'The text'): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  const bad = compact.search(/[^0-9A-Fa-f]/);
  if (bad >= 0)
    throw new UserError(
      `${what} is not hex: "${String.fromCodePoint(compact.codePointAt(bad)!)}" is not a hex digit (0-9, a-f).`,
    );
  if (compact.length % 2 === 1)
    throw new UserError(
      `${what} is not hex: it has ${compact.length} digits, but every byte needs two; check that nothing is missing.`,
    );
  const out = new Uint8Array(compact.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(compact.slice(2 * i, 2 * i + 2), 16);
  return out;
}
