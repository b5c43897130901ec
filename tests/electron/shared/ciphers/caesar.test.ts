import { caesar } from '@shared/ciphers/caesar';
import { cipherTable } from './table';

cipherTable(caesar, [
  {
    direction: 'encrypt',
    input: 'THE QUICK BROWN FOX',
    params: { shift: 3 },
    expected: 'WKH TXLFN EURZQ IRA',
  },
  {
    direction: 'decrypt',
    input: 'WKH TXLFN EURZQ IRA',
    params: { shift: 3 },
    expected: 'THE QUICK BROWN FOX',
  },
  {
    direction: 'encrypt',
    input: 'Xyz, abc!',
    params: { shift: 3 },
    expected: 'Abc, def!',
    note: 'wraps and keeps case',
  },
  {
    direction: 'encrypt',
    input: 'Neos 2148',
    params: { shift: '-1' },
    expected: 'Mdnr 2148',
    note: 'string from a form',
  },
  { direction: 'encrypt', input: 'abc', expected: 'def', note: 'default shift 3' },
  { direction: 'encrypt', input: 'é ß Ж 🎵 z', params: { shift: 1 }, expected: 'é ß Ж 🎵 a' },
  { direction: 'encrypt', input: 'x', params: { shift: 26 }, error: 'The shift must be between -25 and 25.' },
  {
    direction: 'encrypt',
    input: 'x',
    params: { shift: 'three' },
    error: 'The shift must be a whole number.',
  },
  { direction: 'encrypt', input: 'x', params: { shift: 2.5 }, error: 'The shift must be a whole number.' },
  {
    direction: 'encrypt',
    input: 'x',
    params: { rotation: 2 },
    error: 'Caesar shift has no parameter "rotation"; its parameters are: shift.',
  },
]);
