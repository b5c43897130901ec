// Bifid: Polybius coordinates of the whole message are mixed, then read back as letters.
import { defineCipher } from './define';
import { keySquare, squareLetters } from './letters';
import { textParam } from './params';

function encodeBifid(text: string, key: string): string {
  const square = keySquare(key);
  const letters = squareLetters(text);
  const n = letters.length;
  const coords = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = square.indexOf(letters[i]!);
    coords[i] = Math.floor(p / 5);
    coords[n + i] = p % 5;
  }
  let out = '';
  for (let i = 0; i < n; i++) out += square[coords[2 * i]! * 5 + coords[2 * i + 1]!];
  return out;
}

function decodeBifid(text: string, key: string): string {
  const square = keySquare(key);
  const letters = squareLetters(text);
  const n = letters.length;
  const coords = new Int32Array(2 * n);
  for (let i = 0; i < n; i++) {
    const p = square.indexOf(letters[i]!);
    coords[2 * i] = Math.floor(p / 5);
    coords[2 * i + 1] = p % 5;
  }
  let out = '';
  for (let i = 0; i < n; i++) out += square[coords[i]! * 5 + coords[n + i]!];
  return out;
}

export const bifid = defineCipher({
  id: 'bifid',
  name: 'Bifid',
  description:
    'Builds a 5×5 square from the key like Playfair (I and J share a cell), writes the row numbers of all letters followed by all their column numbers, then reads that sequence two at a time as new letters. Before encrypting the text becomes capitals, J becomes I and everything that is not a letter is dropped; the output is in capitals without spaces.',
  params: [
    { key: 'key', label: 'Key', type: 'letters', default: '', help: 'A word or phrase; spaces are ignored.' },
  ],
  encode: (text, p) => encodeBifid(text, textParam(p, 'key')),
  decode: (text, p) => decodeBifid(text, textParam(p, 'key')),
});
