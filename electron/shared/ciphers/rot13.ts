// ROT13: the Caesar shift of 13, which is its own inverse.
import { defineCipher } from './define';
import { mapLetters } from './letters';

const rotate = (text: string): string => mapLetters(text, (x) => x + 13);

export const rot13 = defineCipher({
  id: 'rot13',
  name: 'ROT13',
  description:
    'Moves every letter 13 places along the alphabet. As the alphabet has 26 letters, doing it twice gives back the original, so encrypting and decrypting are the same. Letters keep their case; everything else passes through unchanged.',
  params: [],
  encode: rotate,
  decode: rotate,
});
