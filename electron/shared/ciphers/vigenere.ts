// Vigenère: a Caesar shift that changes with every letter, following a repeated key word.
import { defineCipher } from './define';
import { keyShifts, mapLetters } from './letters';
import { textParam } from './params';

export const vigenere = defineCipher({
  id: 'vigenere',
  name: 'Vigenère',
  description:
    'Shifts each letter by the matching letter of the key, repeated as often as needed (A shifts by 0, B by 1, … Z by 25): with the key LEMON, ATTACKATDAWN becomes LXFOPVEFRNHR. Letters keep their case; digits, spaces and punctuation pass through unchanged and do not use up a key letter.',
  params: [
    { key: 'key', label: 'Key', type: 'letters', default: '', help: 'A word or phrase; spaces are ignored.' },
  ],
  encode: (text, p) => {
    const k = keyShifts(textParam(p, 'key'));
    return mapLetters(text, (x, n) => x + k[n % k.length]!);
  },
  decode: (text, p) => {
    const k = keyShifts(textParam(p, 'key'));
    return mapLetters(text, (x, n) => x - k[n % k.length]!);
  },
});
