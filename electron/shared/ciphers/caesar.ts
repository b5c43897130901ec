// Caesar: every letter moves a fixed number of places along the alphabet.
import { defineCipher } from './define';
import { mapLetters } from './letters';
import { intParam } from './params';

export const caesar = defineCipher({
  id: 'caesar',
  name: 'Caesar shift',
  description:
    'Moves every letter the same number of places along the alphabet, wrapping from Z back to A: with a shift of 3, A becomes D and Z becomes C. Decrypting moves the letters back. Letters keep their case; digits, spaces and punctuation pass through unchanged.',
  params: [
    {
      key: 'shift',
      label: 'Shift',
      type: 'integer',
      default: 3,
      min: -25,
      max: 25,
      help: 'How many places each letter moves forward; a negative shift moves it back.',
    },
  ],
  encode: (text, p) => {
    const shift = intParam(p, 'shift');
    return mapLetters(text, (x) => x + shift);
  },
  decode: (text, p) => {
    const shift = intParam(p, 'shift');
    return mapLetters(text, (x) => x - shift);
  },
});
