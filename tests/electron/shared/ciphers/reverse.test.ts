import { reverse } from '@shared/ciphers/reverse';
import { cipherTable } from './table';

cipherTable(reverse, [
  { direction: 'encrypt', input: 'Kai Zen', expected: 'neZ iaK' },
  { direction: 'decrypt', input: 'neZ iaK', expected: 'Kai Zen' },
  {
    direction: 'encrypt',
    input: 'a🎵b',
    expected: 'b🎵a',
    note: 'characters outside the basic plane stay whole',
  },
]);
