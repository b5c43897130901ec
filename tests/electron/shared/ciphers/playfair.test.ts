import { describe, expect, it } from 'vitest';
import { playfair, playfairPrepare } from '@shared/ciphers/playfair';
import { cipherTable } from './table';

cipherTable(playfair, [
  {
    direction: 'encrypt',
    input: 'Hide the gold in the tree stump',
    params: { key: 'playfair example' },
    expected: 'BMODZBXDNABEKUDMUIXMMOUVIF',
    note: 'the classic example',
  },
  {
    direction: 'decrypt',
    input: 'BMODZBXDNABEKUDMUIXMMOUVIF',
    params: { key: 'playfair example' },
    expected: 'HIDETHEGOLDINTHETREXESTUMP',
    note: 'the added X stays',
  },
  {
    direction: 'decrypt',
    input: 'bmodz bxdna bekud muixm mouvi f',
    params: { key: 'playfair example' },
    expected: 'HIDETHEGOLDINTHETREXESTUMP',
    note: 'groups and lower case are read',
  },
  {
    direction: 'decrypt',
    input: 'BMO',
    params: { key: 'playfair example' },
    error:
      'Playfair ciphertext has an even number of letters, but this has 3; check that nothing is missing.',
  },
  {
    direction: 'decrypt',
    input: 'BMOO',
    params: { key: 'playfair example' },
    error: 'Playfair ciphertext never pairs a letter with itself, but pair 2 is "OO"; check the text.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { key: 'key!' },
    error: 'The key must consist only of letters.',
  },
]);

describe('playfair preparation', () => {
  it('merges J into I, drops non-letters and writes capitals', () => {
    expect(playfairPrepare('Jump, jive!')).toBe('IUMPIXIVEX');
  });
  it('puts an X between doubled letters and at the end', () => {
    expect(playfairPrepare('balloon')).toBe('BALXLOON');
    expect(playfairPrepare('tree')).toBe('TREXEX');
  });
  it('uses Q as filler when the doubled or last letter is X', () => {
    expect(playfairPrepare('xx')).toBe('XQXQ');
    expect(playfairPrepare('fox')).toBe('FOXQ');
  });
});
