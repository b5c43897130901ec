// AES-256-CBC with a passphrase, in the salted base64 format of `openssl enc -aes-256-cbc -md md5 -a`.
import CryptoJS from 'crypto-js';
import { UserError } from '../result';
import { defineCipher } from './define';
import { base64ToBytes, utf8Decode } from './bytes';
import { textParam } from './params';

const SALTED = [0x53, 0x61, 0x6c, 0x74, 0x65, 0x64, 0x5f, 0x5f]; // "Salted__"
const WRONG = 'The passphrase does not open this text; check the passphrase and that the text is complete.';

function toWordArray(bytes: Uint8Array): CryptoJS.lib.WordArray {
  const words: number[] = [];
  for (let i = 0; i < bytes.length; i++)
    words[i >>> 2] = (words[i >>> 2] ?? 0) | (bytes[i]! << (24 - (i % 4) * 8));
  return CryptoJS.lib.WordArray.create(words, bytes.length);
}

function toBytes(words: CryptoJS.lib.WordArray): Uint8Array {
  const out = new Uint8Array(words.sigBytes);
  for (let i = 0; i < out.length; i++) out[i] = (words.words[i >>> 2]! >>> (24 - (i % 4) * 8)) & 0xff;
  return out;
}

function decryptAes(text: string, passphrase: string): string {
  const bytes = base64ToBytes(text, 'The AES text');
  const salted = SALTED.every((b, i) => bytes[i] === b);
  if (!salted)
    throw new UserError(
      'The AES text must be in the salted format that starts with "U2FsdGVkX1" (as written by openssl enc -a); this text does not.',
    );
  const body = bytes.length - 16;
  if (body <= 0 || body % 16 !== 0)
    throw new UserError(
      'The AES text is incomplete: its length does not fit whole blocks; check that nothing was cut off.',
    );
  const params = CryptoJS.lib.CipherParams.create({
    ciphertext: toWordArray(bytes.subarray(16)),
    salt: toWordArray(bytes.subarray(8, 16)),
  });
  // Padding is checked here rather than by crypto-js, which strips it without checking and so would
  // turn a wrong passphrase into silent garbage.
  const plain = toBytes(CryptoJS.AES.decrypt(params, passphrase, { padding: CryptoJS.pad.NoPadding }));
  const pad = plain[plain.length - 1]!;
  if (pad < 1 || pad > 16 || !plain.subarray(plain.length - pad).every((b) => b === pad))
    throw new UserError(WRONG);
  return utf8Decode(plain.subarray(0, plain.length - pad), WRONG);
}

export const aes = defineCipher({
  id: 'aes',
  name: 'AES (OpenSSL passphrase)',
  description:
    'Encrypts the UTF-8 text with AES-256 in CBC mode. The key and starting vector come from the passphrase and a random 8-byte salt (OpenSSL\'s MD5-based key derivation), and the result is written in base64 starting with "U2FsdGVkX1" ("Salted__"), exactly as `openssl enc -aes-256-cbc -md md5 -a` writes and reads it. Encrypting the same text twice gives different results because the salt is random. Decrypting ignores line breaks and refuses a wrong passphrase with a message.',
  params: [{ key: 'passphrase', label: 'Passphrase', type: 'text', default: '', help: 'Any text.' }],
  encode: (text, p) => CryptoJS.AES.encrypt(text, textParam(p, 'passphrase')).toString(),
  decode: (text, p) => decryptAes(text, textParam(p, 'passphrase')),
});
