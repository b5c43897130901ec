import { describe, expect, it } from 'vitest';
import { detectEncodings } from '@shared/analysis/encodings';
import { getCipher } from '@shared/ciphers/index';
import { ENGLISH_SAMPLE } from './english-sample';

const best = (text: string): string | undefined => detectEncodings(text)[0]?.id;
const encode = (id: string, text: string, params = {}): string => getCipher(id).encrypt(text, params);

describe('detectEncodings', () => {
  it.each([
    ['base64', encode('base64', 'The vault opens at midnight.')],
    ['hex', encode('hex', 'The vault opens at midnight.')],
    ['binary', encode('binary', 'The vault')],
    ['morse', encode('morse', 'The vault opens')],
    ['aes', encode('aes', 'The vault', { passphrase: 'p' })],
    ['hex', encode('xor', 'The vault', { key: 'k' }).toUpperCase()],
  ])('ranks %s first for %s', (id, text) => {
    expect(best(text)).toBe(id);
    expect(detectEncodings(text)[0]!.confidence).toBeGreaterThan(0.5);
  });

  it('finds no confident encoding in English prose', () => {
    expect(detectEncodings(ENGLISH_SAMPLE).every((g) => g.confidence < 0.3)).toBe(true);
    expect(detectEncodings('Hello world').every((g) => g.confidence < 0.3)).toBe(true);
  });

  it('finds nothing in empty or blank text', () => {
    expect(detectEncodings('')).toEqual([]);
    expect(detectEncodings(' \n ')).toEqual([]);
  });

  it('gives lower confidence to base64 that does not decode to text', () => {
    const guess = detectEncodings('/w==').find((g) => g.id === 'base64');
    expect(guess?.confidence).toBeLessThan(0.5);
    expect(guess?.reason).toBe('It is made only of base64 characters, but does not decode to text.');
  });

  it('explains each guess in a sentence', () => {
    for (const guess of detectEncodings(encode('binary', 'hi'))) expect(guess.reason).toMatch(/^It .*\.$/);
  });
});
