// Autokey: a Vigenère whose key, once used up, continues with the plaintext itself.
import { defineCipher } from './define';
import { keyShifts, mapLetters } from './letters';
import { textParam } from './params';

export const autokey = defineCipher({
  id: 'autokey',
  name: 'Autokey',
  description:
    'Shifts each letter like Vigenère, but the key is used only once and then continues with the plaintext itself: with the key QUEENLY, ATTACKATDAWN is shifted by QUEENLYATTAC and becomes QNXEPVYTWTWP. Letters keep their case; everything else passes through unchanged and does not use up a key letter.',
  params: [
    { key: 'key', label: 'Key', type: 'letters', default: '', help: 'A word or phrase; spaces are ignored.' },
  ],
  encode: (text, p) => {
    const stream = keyShifts(textParam(p, 'key'));
    return mapLetters(text, (x, n) => {
      stream.push(x);
      return x + stream[n]!;
    });
  },
  decode: (text, p) => {
    const stream = keyShifts(textParam(p, 'key'));
    return mapLetters(text, (x, n) => {
      const plain = (((x - stream[n]!) % 26) + 26) % 26;
      stream.push(plain);
      return plain;
    });
  },
});
