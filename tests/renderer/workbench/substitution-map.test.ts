import { describe, expect, it } from 'vitest';
import { getCipher } from '@shared/ciphers/index';
import {
  assignLetter,
  completeAlphabet,
  isFullAlphabet,
  mappingFromAlphabet,
  keywordAlphabet,
} from '../../../renderer/src/workbench/substitution-map';

const decrypt = (text: string, alphabet: string) => getCipher('substitution').decrypt(text, { alphabet });

describe('the substitution grid mapping', () => {
  it('completes a partial mapping into an alphabet the library accepts', () => {
    const { alphabet, filled } = completeAlphabet({ X: 'T', L: 'H', I: 'E' });
    expect(isFullAlphabet(alphabet)).toBe(true);
    expect(decrypt('XLI', alphabet)).toBe('THE');
    // Undecided letters that are still free stand for themselves.
    expect(decrypt('ABC', alphabet)).toBe('ABC');
    // T, H and E are taken as plain letters, so the cipher letters T, H and E need stand-ins.
    expect(Object.keys(filled).sort()).toEqual(['E', 'H', 'T']);
  });

  it('gives each plain letter to only one cipher letter', () => {
    const once = assignLetter({ Q: 'E' }, 'Z', 'E');
    expect(once).toEqual({ Z: 'E' });
    expect(assignLetter(once, 'Z', '')).toEqual({});
  });

  it('reads the player’s letters back from an alphabet, treating letters that stand for themselves as undecided', () => {
    const mapping = { X: 'T', L: 'H', I: 'E', Q: 'P' };
    const { alphabet, filled } = completeAlphabet(mapping);
    expect(mappingFromAlphabet(alphabet)).toEqual({ ...mapping, ...filled });
    expect(mappingFromAlphabet('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toEqual({});
    expect(mappingFromAlphabet('ABC')).toEqual({});
  });
});

describe('an alphabet from a keyword', () => {
  it('keeps each keyword letter once, then the rest of the alphabet, and says why', () => {
    const built = keywordAlphabet('Ledger');
    expect(built.alphabet).toBe('LEDGRABCFHIJKMNOPQSTUVWXYZ');
    expect(built.explanation).toContain('E comes again in LEDGER');
    expect(built.explanation).toContain('only the first is kept: LEDGR');
  });

  it('says nothing repeats when nothing does, and ignores what is not a letter', () => {
    const built = keywordAlphabet('key 42');
    expect(built.alphabet).toBe('KEYABCDFGHIJLMNOPQRSTUVWXZ');
    expect(built.explanation).toContain('No letter repeats');
  });
});
