import { rot13 } from '@shared/ciphers/rot13';
import { cipherTable } from './table';

cipherTable(rot13, [
  {
    direction: 'encrypt',
    input: 'Why did the chicken cross the road?',
    expected: 'Jul qvq gur puvpxra pebff gur ebnq?',
  },
  {
    direction: 'decrypt',
    input: 'Jul qvq gur puvpxra pebff gur ebnq?',
    expected: 'Why did the chicken cross the road?',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { shift: 3 },
    error: 'ROT13 takes no parameters, but "shift" was given.',
  },
]);
