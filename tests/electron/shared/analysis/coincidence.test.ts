import { describe, expect, it } from 'vitest';
import { indexOfCoincidence, periodicIndexOfCoincidence } from '@shared/analysis/coincidence';
import { ENGLISH_IC, RANDOM_IC } from '@shared/analysis/english';
import { letterIndices } from '@shared/analysis/letters';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

describe('indexOfCoincidence', () => {
  it('computes the exact value for a small text', () => {
    // AABC: one matching pair out of 4*3/2 = 6 pairs.
    expect(indexOfCoincidence('a a, b c!')).toBeCloseTo(2 / 12, 10);
  });

  it('is 1 for a single repeated letter and 0 for fewer than two letters', () => {
    expect(indexOfCoincidence('zzzz')).toBe(1);
    expect(indexOfCoincidence('z')).toBe(0);
    expect(indexOfCoincidence('')).toBe(0);
  });

  it('is near English for English and unchanged by a substitution', () => {
    const ic = indexOfCoincidence(ENGLISH_SAMPLE);
    expect(Math.abs(ic - ENGLISH_IC)).toBeLessThan(0.008);
    const substituted = getCipher('substitution').encrypt(ENGLISH_SAMPLE, {
      alphabet: 'QWERTYUIOPASDFGHJKLZXCVBNM',
    });
    expect(indexOfCoincidence(substituted)).toBeCloseTo(ic, 10);
  });

  it('drops towards random under a long Vigenère key', () => {
    const ic = indexOfCoincidence(getCipher('vigenere').encrypt(ENGLISH_SAMPLE, { key: 'KAIZENVAULTSEVEN' }));
    expect(ic).toBeLessThan(0.05);
    expect(ic).toBeGreaterThan(RANDOM_IC - 0.005);
  });
});

describe('periodicIndexOfCoincidence', () => {
  it('is English-like at the key length and lower at other widths', () => {
    const letters = letterIndices(getCipher('vigenere').encrypt(ENGLISH_SAMPLE, { key: 'ARIA' }));
    expect(periodicIndexOfCoincidence(letters, 4)).toBeGreaterThan(0.06);
    expect(periodicIndexOfCoincidence(letters, 3)).toBeLessThan(0.05);
  });
});
