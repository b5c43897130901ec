import { bifid } from '@shared/ciphers/bifid';
import { cipherTable } from './table';

const SQUARE = 'BGWKZ QPNDS IOAXE FCLUM THYVR';

cipherTable(bifid, [
  {
    direction: 'encrypt',
    input: 'FLEEATONCE',
    params: { key: SQUARE },
    expected: 'UAEOLWRINS',
    note: 'the classic example',
  },
  { direction: 'decrypt', input: 'UAEOLWRINS', params: { key: SQUARE }, expected: 'FLEEATONCE' },
  {
    direction: 'encrypt',
    input: 'Flee at once!',
    params: { key: SQUARE },
    expected: 'UAEOLWRINS',
    note: 'non-letters drop',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: '' },
    error: 'The key must contain at least one letter.',
  },
]);
