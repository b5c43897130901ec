// Affine: each letter x becomes (a * x + b) mod 26.
import { UserError } from '../result';
import { defineCipher } from './define';
import { mapLetters, mod } from './letters';
import { intParam } from './params';

const COPRIME = [1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25];

function inverse(a: number): number {
  for (let i = 1; i < 26; i++) if (mod(a * i, 26) === 1) return i;
  throw new Error(`${a} has no inverse modulo 26; validation should have caught it.`);
}

export const affine = defineCipher({
  id: 'affine',
  name: 'Affine',
  description:
    'Numbers the letters A=0 to Z=25 and turns each letter x into (a × x + b) mod 26: with a=5 and b=8, A becomes I and B becomes N. The multiplier a must share no factor with 26 so every letter has a distinct image. Letters keep their case; everything else passes through unchanged.',
  params: [
    {
      key: 'a',
      label: 'Multiplier a',
      type: 'integer',
      default: 5,
      min: 1,
      max: 25,
      help: `Must be coprime with 26: one of ${COPRIME.join(', ')}.`,
    },
    {
      key: 'b',
      label: 'Offset b',
      type: 'integer',
      default: 8,
      min: 0,
      max: 25,
      help: 'Added after multiplying.',
    },
  ],
  check: (p) => {
    const a = intParam(p, 'a');
    if (!COPRIME.includes(a))
      throw new UserError(
        `The multiplier a must be coprime with 26 (one of ${COPRIME.join(', ')}), otherwise two letters would encrypt to the same letter; ${a} is not.`,
      );
  },
  encode: (text, p) => {
    const a = intParam(p, 'a');
    const b = intParam(p, 'b');
    return mapLetters(text, (x) => a * x + b);
  },
  decode: (text, p) => {
    const inv = inverse(intParam(p, 'a'));
    const b = intParam(p, 'b');
    return mapLetters(text, (x) => inv * (x - b));
  },
});
