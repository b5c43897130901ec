// Atbash: the alphabet reversed, A for Z and Z for A.
import { defineCipher } from './define';
import { mapLetters } from './letters';

const mirror = (text: string): string => mapLetters(text, (x) => 25 - x);

export const atbash = defineCipher({
  id: 'atbash',
  name: 'Atbash',
  description:
    'Swaps each letter with its mirror in the alphabet: A with Z, B with Y, M with N. Doing it twice gives back the original, so encrypting and decrypting are the same. Letters keep their case; everything else passes through unchanged.',
  params: [],
  encode: mirror,
  decode: mirror,
});
