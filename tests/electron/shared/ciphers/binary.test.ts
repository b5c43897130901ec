import { binary } from '@shared/ciphers/binary';
import { cipherTable } from './table';

cipherTable(binary, [
  { direction: 'encrypt', input: 'Hi', expected: '01001000 01101001' },
  { direction: 'encrypt', input: 'é', expected: '11000011 10101001', note: 'UTF-8' },
  { direction: 'decrypt', input: '01001000 01101001', expected: 'Hi' },
  {
    direction: 'decrypt',
    input: '0100100001101001\n',
    expected: 'Hi',
    note: 'long groups are read 8 at a time',
  },
  {
    direction: 'decrypt',
    input: '01001000 0110100',
    error: 'The text is not binary: every byte needs 8 digits, but the group "0110100" has 7.',
  },
  {
    direction: 'decrypt',
    input: '01001000 01101002',
    error: 'The text is not binary: "01101002" contains characters other than 0 and 1.',
  },
  {
    direction: 'decrypt',
    input: '11111111',
    error: 'The binary decodes to bytes that are not UTF-8 text; check the groups.',
  },
]);
