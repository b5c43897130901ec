import { affine } from '@shared/ciphers/affine';
import { cipherTable } from './table';

const coprime = 'one of 1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25';

cipherTable(affine, [
  {
    direction: 'encrypt',
    input: 'AFFINE CIPHER',
    params: { a: 5, b: 8 },
    expected: 'IHHWVC SWFRCP',
    note: 'the usual textbook example',
  },
  { direction: 'decrypt', input: 'IHHWVC SWFRCP', params: { a: 5, b: 8 }, expected: 'AFFINE CIPHER' },
  { direction: 'encrypt', input: 'Affine cipher', params: { a: '5', b: '8' }, expected: 'Ihhwvc swfrcp' },
  {
    direction: 'decrypt',
    input: 'Ihhwvc',
    params: { a: 25, b: 25 },
    expected: 'Rssdex',
    note: 'a=25, b=25 is Atbash',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { a: 13, b: 0 },
    error: `The multiplier a must be coprime with 26 (${coprime}), otherwise two letters would encrypt to the same letter; 13 is not.`,
  },
  { direction: 'encrypt', input: 'x', params: { a: 0 }, error: 'The multiplier a must be between 1 and 25.' },
  { direction: 'encrypt', input: 'x', params: { b: 26 }, error: 'The offset b must be between 0 and 25.' },
]);
