// Reverse: the text backwards, a common first twist in a recipe.
import { defineCipher } from './define';

const backwards = (text: string): string => Array.from(text).reverse().join('');

export const reverse = defineCipher({
  id: 'reverse',
  name: 'Reverse',
  description:
    'Writes the text backwards, character by character, so "Kai" becomes "iaK". Doing it twice gives back the original, so encrypting and decrypting are the same.',
  params: [],
  encode: backwards,
  decode: backwards,
});
