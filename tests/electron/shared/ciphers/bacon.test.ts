import { bacon } from '@shared/ciphers/bacon';
import { cipherTable } from './table';

cipherTable(bacon, [
  { direction: 'encrypt', input: 'Kai', expected: 'ABABA AAAAA ABAAA' },
  { direction: 'decrypt', input: 'ABABA AAAAA ABAAA', expected: 'KAI' },
  {
    direction: 'encrypt',
    input: 'Kai',
    params: { variant: '24' },
    expected: 'ABAAB AAAAA ABAAA',
    note: 'classic table',
  },
  { direction: 'decrypt', input: 'abaab aaaaa abaaa', params: { variant: '24' }, expected: 'KAI' },
  {
    direction: 'encrypt',
    input: 'juv',
    params: { variant: '24' },
    expected: 'ABAAA BAABB BAABB',
    note: 'J is I, V is U',
  },
  {
    direction: 'decrypt',
    input: 'BBBBB',
    error: `The text is not Bacon's cipher with 26 letters: "BBBBB" stands for no letter; try the other variant.`,
  },
  {
    direction: 'decrypt',
    input: 'ABAB',
    error: `The text is not Bacon's cipher: every letter needs 5 symbols, but there are 4, which is not a multiple of 5.`,
  },
  {
    direction: 'decrypt',
    input: 'ABABC',
    error: `The text is not Bacon's cipher: it may contain only A, B and spaces, but it contains "C".`,
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { variant: '25' },
    error: 'The alphabet must be one of: 26, 24.',
  },
]);
