import { vigenere } from '@shared/ciphers/vigenere';
import { cipherTable } from './table';

cipherTable(vigenere, [
  {
    direction: 'encrypt',
    input: 'ATTACKATDAWN',
    params: { key: 'LEMON' },
    expected: 'LXFOPVEFRNHR',
    note: 'the classic example',
  },
  { direction: 'decrypt', input: 'LXFOPVEFRNHR', params: { key: 'LEMON' }, expected: 'ATTACKATDAWN' },
  {
    direction: 'encrypt',
    input: 'Attack at dawn!',
    params: { key: 'lemon' },
    expected: 'Lxfopv ef rnhr!',
    note: 'spaces do not use up key letters',
  },
  {
    direction: 'encrypt',
    input: 'ATTACKATDAWN',
    params: { key: 'le mon' },
    expected: 'LXFOPVEFRNHR',
    note: 'spaces in the key are ignored',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: 'LEM0N' },
    error: 'The key must consist only of letters.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: '  ' },
    error: 'The key must contain at least one letter.',
  },
  { direction: 'encrypt', input: 'x', error: 'The key must contain at least one letter.' },
  {
    direction: 'decrypt',
    input: 'x',
    params: { key: 'clé' },
    error: 'The key must consist only of letters.',
  },
]);
