import { columnar } from '@shared/ciphers/columnar';
import { cipherTable } from './table';

cipherTable(columnar, [
  {
    direction: 'encrypt',
    input: 'WEAREDISCOVEREDFLEEATONCE',
    params: { key: 'ZEBRAS' },
    expected: 'EVLNACDTESEAROFODEECWIREE',
    note: 'the classic example, irregular columns',
  },
  {
    direction: 'decrypt',
    input: 'EVLNACDTESEAROFODEECWIREE',
    params: { key: 'ZEBRAS' },
    expected: 'WEAREDISCOVEREDFLEEATONCE',
  },
  {
    direction: 'encrypt',
    input: 'WE ARE DISCOVERED. FLEE AT ONCE',
    params: { key: 'zebras' },
    expected: 'EV LNA CDTESEAROF. ODEE CW IREE',
    note: 'punctuation and spaces stay in place',
  },
  {
    direction: 'encrypt',
    input: 'ABCDEF',
    params: { key: 'BAB' },
    expected: 'BEADCF',
    note: 'equal key letters read left to right',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: 'Z3BRAS' },
    error: 'The key must consist only of letters.',
  },
]);
