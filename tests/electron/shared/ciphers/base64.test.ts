import { base64 } from '@shared/ciphers/base64';
import { cipherTable } from './table';

cipherTable(base64, [
  { direction: 'encrypt', input: '', expected: '' },
  { direction: 'encrypt', input: 'f', expected: 'Zg==', note: 'RFC 4648 test vector' },
  { direction: 'encrypt', input: 'fo', expected: 'Zm8=' },
  { direction: 'encrypt', input: 'foo', expected: 'Zm9v' },
  { direction: 'encrypt', input: 'foobar', expected: 'Zm9vYmFy' },
  { direction: 'encrypt', input: 'Neos ✨', expected: 'TmVvcyDinKg=', note: 'UTF-8' },
  { direction: 'decrypt', input: 'Zm9vYmE=', expected: 'fooba' },
  { direction: 'decrypt', input: 'Zm9vYmE', expected: 'fooba', note: 'padding is optional' },
  { direction: 'decrypt', input: 'Zm9v\nYmFy\n', expected: 'foobar', note: 'line breaks are ignored' },
  { direction: 'decrypt', input: 'PDw_Pz8-Pg', expected: '<<???>>', note: 'URL-safe alphabet' },
  {
    direction: 'decrypt',
    input: 'Zm9v*mFy',
    error:
      'The text is not valid base64: "*" cannot appear in base64, which uses only A-Z, a-z, 0-9, "+", "/" and "=" at the end.',
  },
  {
    direction: 'decrypt',
    input: 'Zm=9v',
    error:
      'The text is not valid base64: "=" before the end cannot appear in base64, which uses only A-Z, a-z, 0-9, "+", "/" and "=" at the end.',
  },
  {
    direction: 'decrypt',
    input: 'Zm9vY',
    error: 'The text is not valid base64: its length does not fit; check that nothing was cut off.',
  },
  {
    direction: 'decrypt',
    input: '/w==',
    error: 'The base64 decodes to bytes that are not UTF-8 text; it may be binary data or another encoding.',
  },
]);
