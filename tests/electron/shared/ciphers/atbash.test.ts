import { atbash } from '@shared/ciphers/atbash';
import { cipherTable } from './table';

cipherTable(atbash, [
  { direction: 'encrypt', input: 'Hello, World', expected: 'Svool, Dliow' },
  { direction: 'decrypt', input: 'Svool, Dliow', expected: 'Hello, World' },
  { direction: 'encrypt', input: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', expected: 'ZYXWVUTSRQPONMLKJIHGFEDCBA' },
]);
