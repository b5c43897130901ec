// Playfair: pairs of letters are swapped within a 5x5 key square.
import { UserError } from '../result';
import { defineCipher } from './define';
import { keySquare, squareLetters } from './letters';
import { textParam } from './params';

/**
 * The plaintext as Playfair encrypts it: capitals, J as I, no other characters, split into pairs with
 * an X between doubled letters and at the end (a Q instead when the letter in question is X itself).
 */
export function playfairPrepare(text: string): string {
  const letters = squareLetters(text);
  let out = '';
  let i = 0;
  while (i < letters.length) {
    const a = letters[i]!;
    const b = letters[i + 1];
    const filler = a === 'X' ? 'Q' : 'X';
    if (b === undefined || b === a) {
      out += a + filler;
      i += 1;
    } else {
      out += a + b;
      i += 2;
    }
  }
  return out;
}

function crypt(pairs: string, key: string, step: 1 | 4): string {
  const square = keySquare(key);
  const out: string[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const pa = square.indexOf(pairs[i]!);
    const pb = square.indexOf(pairs[i + 1]!);
    const [ra, ca, rb, cb] = [Math.floor(pa / 5), pa % 5, Math.floor(pb / 5), pb % 5];
    if (ra === rb) out.push(square[ra * 5 + ((ca + step) % 5)]!, square[rb * 5 + ((cb + step) % 5)]!);
    else if (ca === cb) out.push(square[((ra + step) % 5) * 5 + ca]!, square[((rb + step) % 5) * 5 + cb]!);
    else out.push(square[ra * 5 + cb]!, square[rb * 5 + ca]!);
  }
  return out.join('');
}

export const playfair = defineCipher({
  id: 'playfair',
  name: 'Playfair',
  description:
    'Builds a 5×5 square from the key (its letters first, without repeats, then the rest of the alphabet; I and J share a cell), splits the text into pairs and replaces each pair: letters in the same row take the letters to their right, in the same column the letters below, otherwise the letters in the other corners of their rectangle. Before encrypting, the text becomes capitals, J becomes I, everything that is not a letter is dropped, an X goes between doubled letters in a pair and at the end if a letter is left over (Q when that letter is X). The output is in capitals without spaces; decrypting cannot know which X were added, so they remain.',
  params: [
    { key: 'key', label: 'Key', type: 'letters', default: '', help: 'A word or phrase; spaces are ignored.' },
  ],
  encode: (text, p) => crypt(playfairPrepare(text), textParam(p, 'key'), 1),
  decode: (text, p) => {
    const letters = squareLetters(text);
    if (letters.length % 2 === 1)
      throw new UserError(
        `Playfair ciphertext has an even number of letters, but this has ${letters.length}; check that nothing is missing.`,
      );
    for (let i = 0; i < letters.length; i += 2) {
      if (letters[i] === letters[i + 1])
        throw new UserError(
          `Playfair ciphertext never pairs a letter with itself, but pair ${i / 2 + 1} is "${letters.slice(i, i + 2)}"; check the text.`,
        );
    }
    return crypt(letters, textParam(p, 'key'), 4);
  },
});
