import { hex } from '@shared/ciphers/hex';
import { cipherTable } from './table';

cipherTable(hex, [
  { direction: 'encrypt', input: 'Hi', expected: '4869' },
  { direction: 'encrypt', input: 'Neos ✨', expected: '4e656f7320e29ca8', note: 'UTF-8, lowercase' },
  { direction: 'decrypt', input: '4E 65 6F 73', expected: 'Neos', note: 'upper case and spaces' },
  { direction: 'decrypt', input: '4g', error: 'The text is not hex: "g" is not a hex digit (0-9, a-f).' },
  {
    direction: 'decrypt',
    input: '486',
    error: 'The text is not hex: it has 3 digits, but every byte needs two; check that nothing is missing.',
  },
  {
    direction: 'decrypt',
    input: 'c3',
    error: 'The hex decodes to bytes that are not UTF-8 text; it may be binary data or another encoding.',
  },
]);
