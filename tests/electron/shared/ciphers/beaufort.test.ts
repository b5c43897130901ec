import { beaufort } from '@shared/ciphers/beaufort';
import { cipherTable } from './table';

cipherTable(beaufort, [
  {
    direction: 'encrypt',
    input: 'DEFENDTHEEASTWALLOFTHECASTLE',
    params: { key: 'FORTIFICATION' },
    expected: 'CKMPVCPVWPIWUJOGIUAPVWRIWUUK',
    note: 'the classic example',
  },
  {
    direction: 'decrypt',
    input: 'CKMPVCPVWPIWUJOGIUAPVWRIWUUK',
    params: { key: 'FORTIFICATION' },
    expected: 'DEFENDTHEEASTWALLOFTHECASTLE',
  },
  {
    direction: 'encrypt',
    input: 'Defend the east!',
    params: { key: 'fortification' },
    expected: 'Ckmpvc pvw piwu!',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: '' },
    error: 'The key must contain at least one letter.',
  },
]);
