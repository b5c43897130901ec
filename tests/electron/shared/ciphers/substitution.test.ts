import { substitution } from '@shared/ciphers/substitution';
import { cipherTable } from './table';

const QWERTY = 'QWERTYUIOPASDFGHJKLZXCVBNM';

cipherTable(substitution, [
  { direction: 'encrypt', input: 'Hello, World', params: { alphabet: QWERTY }, expected: 'Itssg, Vgksr' },
  {
    direction: 'decrypt',
    input: 'Itssg, Vgksr',
    params: { alphabet: QWERTY.toLowerCase() },
    expected: 'Hello, World',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { alphabet: 'QWERTYUIOPASDFGHJKLZXCVBN' },
    error: 'The cipher alphabet must have 26 letters, one for each letter from A to Z; it has 25.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { alphabet: 'QWERTYUIOPASDFGHJKLZXCVBNQ' },
    error: 'The cipher alphabet must use each letter once, but "Q" appears 2 times.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { alphabet: 'QWERTYUIOPASDFGHJKLZXCVBN1' },
    error: 'The cipher alphabet must consist only of letters.',
  },
]);
