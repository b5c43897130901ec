// Polybius square: each letter becomes its row and column in a 5x5 grid.
import { UserError } from '../result';
import { defineCipher } from './define';
import { keySquare, squareLetters } from './letters';

const SQUARE = keySquare('');

function encodePolybius(text: string): string {
  return text
    .split(/\s+/)
    .map((word) =>
      Array.from(squareLetters(word), (ch) => {
        const i = SQUARE.indexOf(ch);
        return `${Math.floor(i / 5) + 1}${(i % 5) + 1}`;
      }).join(' '),
    )
    .filter(Boolean)
    .join(' / ');
}

function decodePolybius(text: string): string {
  const bad = text.search(/[^1-5/\s]/);
  if (bad >= 0)
    throw new UserError(
      `The text is not Polybius code: it may contain only the digits 1 to 5, spaces and "/" between words, but it contains "${String.fromCodePoint(text.codePointAt(bad)!)}".`,
    );
  return text
    .split('/')
    .map((word) => {
      const digits = word.replace(/\s+/g, '');
      if (digits.length % 2 === 1)
        throw new UserError(
          `The text is not Polybius code: every letter needs two digits, but "${word.trim()}" has ${digits.length}.`,
        );
      let out = '';
      for (let i = 0; i < digits.length; i += 2)
        out += SQUARE[(Number(digits[i]) - 1) * 5 + Number(digits[i + 1]) - 1];
      return out;
    })
    .filter(Boolean)
    .join(' ');
}

export const polybius = defineCipher({
  id: 'polybius',
  name: 'Polybius square',
  description:
    'Places the alphabet in a 5×5 grid (A B C D E on the first row; I and J share a cell) and writes each letter as two digits, its row then its column: "KAI" becomes "25 11 24". Letters are separated by spaces and words by " / ". Everything that is not a letter is dropped, and decoding gives capitals with I for both I and J.',
  params: [],
  encode: encodePolybius,
  decode: decodePolybius,
});
