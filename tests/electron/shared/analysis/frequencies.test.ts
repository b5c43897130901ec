import { describe, expect, it } from 'vitest';
import { chiSquaredAgainstEnglish, letterFrequencies } from '@shared/analysis/frequencies';
import { ENGLISH_FREQUENCIES } from '@shared/analysis/english';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

describe('letterFrequencies', () => {
  it('counts letters case-folded and ignores everything else', () => {
    const table = letterFrequencies('Aa b! 3 é ZZz');
    expect(table.total).toBe(6);
    expect(table.letters[0]).toEqual({ letter: 'A', count: 2, percent: (2 / 6) * 100, english: 8.17 });
    expect(table.letters[1]!.count).toBe(1);
    expect(table.letters[25]!.count).toBe(3);
    expect(table.letters.map((l) => l.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  });

  it('reports zero shares and zero distance for text without letters', () => {
    const table = letterFrequencies('123 !?');
    expect(table.total).toBe(0);
    expect(table.chiSquared).toBe(0);
    expect(table.letters.every((l) => l.percent === 0)).toBe(true);
  });

  it('finds English close to English and a Caesar shift of it far away', () => {
    const plain = letterFrequencies(ENGLISH_SAMPLE).chiSquared;
    const shifted = letterFrequencies(getCipher('caesar').encrypt(ENGLISH_SAMPLE, { shift: 5 })).chiSquared;
    expect(plain).toBeLessThan(150);
    expect(shifted).toBeGreaterThan(10 * plain);
  });

  it('uses English reference shares that add up to about 100%', () => {
    const sum = ENGLISH_FREQUENCIES.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(99.5);
    expect(sum).toBeLessThan(100.5);
  });
});

describe('chiSquaredAgainstEnglish', () => {
  it('is zero for counts exactly in English proportions', () => {
    expect(chiSquaredAgainstEnglish(ENGLISH_FREQUENCIES, 100)).toBeCloseTo(0, 6);
  });

  it('reads counts shifted back by the given shift', () => {
    const rotated = ENGLISH_FREQUENCIES.map((_, i) => ENGLISH_FREQUENCIES[(i + 26 - 3) % 26]!);
    expect(chiSquaredAgainstEnglish(rotated, 100, 3)).toBeCloseTo(0, 6);
  });
});
