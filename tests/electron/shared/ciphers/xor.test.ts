import { xor } from '@shared/ciphers/xor';
import { cipherTable } from './table';

cipherTable(xor, [
  { direction: 'encrypt', input: 'Hi', params: { key: 'k' }, expected: '2302' },
  { direction: 'decrypt', input: '2302', params: { key: 'k' }, expected: 'Hi' },
  { direction: 'encrypt', input: 'ABC', params: { key: ' ' }, expected: '616263', note: 'space flips case' },
  {
    direction: 'decrypt',
    input: '61 62 63',
    params: { key: ' ' },
    expected: 'ABC',
    note: 'spaces in hex are ignored',
  },
  { direction: 'encrypt', input: 'é', params: { key: 'é' }, expected: '0000', note: 'UTF-8 bytes' },
  {
    direction: 'decrypt',
    input: 'zz',
    params: { key: 'k' },
    error: 'The text is not hex: "z" is not a hex digit (0-9, a-f).',
  },
  {
    direction: 'decrypt',
    input: '230',
    params: { key: 'k' },
    error: 'The text is not hex: it has 3 digits, but every byte needs two; check that nothing is missing.',
  },
  {
    direction: 'decrypt',
    input: 'ff',
    params: { key: 'k' },
    error: 'The result is not UTF-8 text, so the key is probably wrong.',
  },
  { direction: 'encrypt', input: 'x', params: { key: '' }, error: 'The key must not be empty.' },
]);
