import { autokey } from '@shared/ciphers/autokey';
import { cipherTable } from './table';

cipherTable(autokey, [
  {
    direction: 'encrypt',
    input: 'ATTACKATDAWN',
    params: { key: 'QUEENLY' },
    expected: 'QNXEPVYTWTWP',
    note: 'the classic example',
  },
  { direction: 'decrypt', input: 'QNXEPVYTWTWP', params: { key: 'QUEENLY' }, expected: 'ATTACKATDAWN' },
  { direction: 'encrypt', input: 'Attack at dawn.', params: { key: 'queenly' }, expected: 'Qnxepv yt wtwp.' },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: 'a-b' },
    error: 'The key must consist only of letters.',
  },
]);
