import { railfence } from '@shared/ciphers/railfence';
import { cipherTable } from './table';

cipherTable(railfence, [
  {
    direction: 'encrypt',
    input: 'WEAREDISCOVEREDFLEEATONCE',
    params: { rails: 3 },
    expected: 'WECRLTEERDSOEEFEAOCAIVDEN',
    note: 'the classic example',
  },
  {
    direction: 'decrypt',
    input: 'WECRLTEERDSOEEFEAOCAIVDEN',
    params: { rails: 3 },
    expected: 'WEAREDISCOVEREDFLEEATONCE',
  },
  {
    direction: 'decrypt',
    input: 'WECRL TEERD SOEEF EAOCA IVDEN',
    params: { rails: '3' },
    expected: 'WEARE DISCO VERED FLEEA TONCE',
    note: 'spaces stay in place',
  },
  { direction: 'encrypt', input: 'Hello, World', params: { rails: 2 }, expected: 'Hlool, elWrd' },
  {
    direction: 'encrypt',
    input: 'abc',
    params: { rails: 10 },
    expected: 'abc',
    note: 'more rails than letters',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { rails: 1 },
    error: 'The number of rails must be between 2 and 1000.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { rails: '3 rails' },
    error: 'The number of rails must be a whole number.',
  },
]);
