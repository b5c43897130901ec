import { describe, expect, it } from 'vitest';
import { analyze } from '@shared/analysis/index';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

describe('analyze', () => {
  it('summarises a Vigenère ciphertext: low IC, the right key length, no encoding', () => {
    const result = analyze(getCipher('vigenere').encrypt(ENGLISH_SAMPLE, { key: 'LEMON' }));
    expect(result.characters).toBe(ENGLISH_SAMPLE.length);
    expect(result.indexOfCoincidence).toBeLessThan(0.05);
    expect(result.keyLengths[0]!.length).toBe(5);
    expect(result.keyLengths).toHaveLength(5);
    expect(result.caesar).toHaveLength(5);
    expect(result.encodings.every((g) => g.confidence < 0.3)).toBe(true);
  });

  it('summarises a Caesar ciphertext: English IC and the shift first', () => {
    const result = analyze(getCipher('caesar').encrypt(ENGLISH_SAMPLE, { shift: 9 }));
    expect(result.indexOfCoincidence).toBeGreaterThan(0.06);
    expect(result.caesar[0]!.shift).toBe(9);
  });

  it('handles empty text', () => {
    const result = analyze('');
    expect(result.frequencies.total).toBe(0);
    expect(result.indexOfCoincidence).toBe(0);
    expect(result.encodings).toEqual([]);
  });
});
