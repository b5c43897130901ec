import { describe, expect, it } from 'vitest';
import { rankCaesarShifts } from '@shared/analysis/caesar';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

describe('rankCaesarShifts', () => {
  it.each([0, 1, 7, 13, 25])('ranks the shift actually used (%i) first', (shift) => {
    const ranked = rankCaesarShifts(getCipher('caesar').encrypt(ENGLISH_SAMPLE, { shift }));
    expect(ranked).toHaveLength(26);
    expect(ranked[0]!.shift).toBe(shift);
    expect(ranked[0]!.preview).toBe(ENGLISH_SAMPLE.slice(0, 60));
  });

  it('works on a single short sentence', () => {
    const ranked = rankCaesarShifts(
      getCipher('caesar').encrypt('Meet me by the old lighthouse at nine tonight', { shift: 11 }),
    );
    expect(ranked[0]!.shift).toBe(11);
  });

  it('sorts candidates from most to least English-like', () => {
    const ranked = rankCaesarShifts('Wkh txlfn eurzq ira');
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i]!.chiSquared).toBeGreaterThanOrEqual(ranked[i - 1]!.chiSquared);
  });
});
