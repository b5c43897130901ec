import { polybius } from '@shared/ciphers/polybius';
import { cipherTable } from './table';

cipherTable(polybius, [
  { direction: 'encrypt', input: 'Kai Zen', expected: '25 11 24 / 55 15 33' },
  { direction: 'decrypt', input: '25 11 24 / 55 15 33', expected: 'KAI ZEN' },
  {
    direction: 'decrypt',
    input: '251124/551533',
    expected: 'KAI ZEN',
    note: 'spaces inside a word are optional',
  },
  {
    direction: 'encrypt',
    input: 'Jolly, 2 you!',
    expected: '24 34 31 31 54 / 54 34 45',
    note: 'J is I; digits and punctuation drop',
  },
  {
    direction: 'decrypt',
    input: '25 16',
    error:
      'The text is not Polybius code: it may contain only the digits 1 to 5, spaces and "/" between words, but it contains "6".',
  },
  {
    direction: 'decrypt',
    input: '25 1',
    error: 'The text is not Polybius code: every letter needs two digits, but "25 1" has 3.',
  },
]);
