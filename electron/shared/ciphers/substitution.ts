// Simple substitution: every letter is replaced by its partner in a mixed cipher alphabet.
import { defineCipher } from './define';
import { mapLetters } from './letters';
import { textParam } from './params';

export const substitution = defineCipher({
  id: 'substitution',
  name: 'Substitution',
  description:
    'Replaces each letter with the letter at the same place in the cipher alphabet: with QWERTYUIOPASDFGHJKLZXCVBNM, A becomes Q, B becomes W and so on. Decrypting looks each letter up the other way. Letters keep their case; everything else passes through unchanged.',
  params: [
    {
      key: 'alphabet',
      label: 'Cipher alphabet',
      type: 'alphabet',
      default: '',
      help: 'The 26 letters A to Z in a new order, each exactly once: the first replaces A, the second B, and so on.',
    },
  ],
  encode: (text, p) => {
    const table = Array.from(textParam(p, 'alphabet'), (ch) => ch.charCodeAt(0) - 65);
    return mapLetters(text, (x) => table[x]!);
  },
  decode: (text, p) => {
    const inverse = new Array<number>(26);
    Array.from(textParam(p, 'alphabet')).forEach((ch, i) => (inverse[ch.charCodeAt(0) - 65] = i));
    return mapLetters(text, (x) => inverse[x]!);
  },
});
