import { describe, expect, it } from 'vitest';
import { kasiski } from '@shared/analysis/kasiski';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

const vigenere = (text: string, key: string): string => getCipher('vigenere').encrypt(text, { key });

describe('kasiski', () => {
  it.each(['LEMON', 'NEOS', 'RESONANCE', 'KAIZENVAULT', 'ARIA'])(
    'ranks the length of the key %s first',
    (key) => {
      expect(kasiski(vigenere(ENGLISH_SAMPLE, key)).keyLengths[0]!.length).toBe(key.length);
    },
  );

  it('still finds the key length in 400 characters', () => {
    expect(kasiski(vigenere(ENGLISH_SAMPLE.slice(0, 400), 'LEMON')).keyLengths[0]!.length).toBe(5);
  });

  it('reports repeated sequences with their positions and spacings', () => {
    // The letters of THE at 0, 9 and 21 (counting letters only).
    const result = kasiski('THE cat; THE dog, and THE end', { maxRepeats: 3 });
    expect(result.repeats[0]).toEqual({
      sequence: 'THE',
      positions: [0, 6, 15],
      spacings: [6, 9],
      occurrences: 3,
    });
  });

  it('lists every length from 2 to the maximum, most likely first', () => {
    const { keyLengths } = kasiski(vigenere(ENGLISH_SAMPLE, 'KEY'), { maxKeyLength: 12 });
    expect(keyLengths.map((k) => k.length).sort((a, b) => a - b)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    for (let i = 1; i < keyLengths.length; i++)
      expect(keyLengths[i]!.score).toBeLessThanOrEqual(keyLengths[i - 1]!.score);
  });

  it('copes with text too short to repeat anything', () => {
    const result = kasiski('ab');
    expect(result.repeats).toEqual([]);
    expect(result.keyLengths.every((k) => k.spacingShare === 0)).toBe(true);
  });

  it('accepts longer sequence lengths and refuses ones its table cannot hold', () => {
    expect(kasiski('ABCDEFABCDEF', { sequenceLength: 5 }).repeats[0]!.sequence).toBe('ABCDE');
    expect(() => kasiski('abc', { sequenceLength: 9 })).toThrow(RangeError);
  });
});
