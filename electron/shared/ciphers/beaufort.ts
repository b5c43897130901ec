// Beaufort: like Vigenère but subtracting the text from the key, which makes it its own inverse.
import { defineCipher } from './define';
import { keyShifts, mapLetters } from './letters';
import { textParam } from './params';

const beaufortOf = (text: string, key: string): string => {
  const k = keyShifts(key);
  return mapLetters(text, (x, n) => k[n % k.length]! - x);
};

export const beaufort = defineCipher({
  id: 'beaufort',
  name: 'Beaufort',
  description:
    'Replaces each letter x with (key letter − x) mod 26, using the key repeated as often as needed. The same operation turns the ciphertext back into plaintext, so encrypting and decrypting are the same. Letters keep their case; everything else passes through unchanged and does not use up a key letter.',
  params: [
    { key: 'key', label: 'Key', type: 'letters', default: '', help: 'A word or phrase; spaces are ignored.' },
  ],
  encode: (text, p) => beaufortOf(text, textParam(p, 'key')),
  decode: (text, p) => beaufortOf(text, textParam(p, 'key')),
});
