// Answer normalisation and canonical deduction forms, as tables of input and expected output.
import { describe, expect, it } from 'vitest';
import { canonicalFills, canonicalLink, canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';

describe('normaliseAnswer', () => {
  it.each([
    ['LANTERN', 'lantern'],
    ['  Lantern. ', 'lantern'],
    ['the lantern!', 'thelantern'],
    ['Café', 'cafe'],
    ['ÉLIAS', 'elias'],
    ['naïve', 'naive'],
    ['Pier 9', 'pier9'],
    ['2148-04-17', '21480417'],
    ['ﬁle', 'file'],
    ['Ｋａｉ', 'kai'],
    ["Kai's", 'kais'],
    ['?!', ''],
    ['', ''],
    ['straße', 'straße'],
    ['Ωmega', 'ωmega'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });

  it.each([
    ['Old   Archive', 'old archive'],
    ['  old archive. ', 'old archive'],
    ['old-archive', 'oldarchive'],
    ['Pier\tNine', 'pier nine'],
  ])('keeps single spaces between words for %j when asked', (input, expected) => {
    expect(normaliseAnswer(input, { keepSpaces: true })).toBe(expected);
  });
});

describe('canonical deduction answers', () => {
  it('sorts fills by slot and lowercases ids', () => {
    expect(canonicalFills({ who: 'C-Kai-Zen', what: 'c-keys', where: ' c-pier ' })).toBe(
      'what=c-keys;where=c-pier;who=c-kai-zen',
    );
  });

  it('gives the same fills string whatever the key order', () => {
    expect(canonicalFills({ b: 'x', a: 'y' })).toBe(canonicalFills({ a: 'y', b: 'x' }));
  });

  it('keeps direction for directed links and ignores it for symmetric ones', () => {
    expect(canonicalLink({ from: 'b', type: 'wrote', to: 'a' })).toBe('b|wrote|a');
    expect(canonicalLink({ from: 'b', type: 'contradicts', to: 'a' }, true)).toBe('a|contradicts|b');
  });

  it('sorts links and drops duplicates', () => {
    const links = [
      { from: 'c', type: 'knows', to: 'd' },
      { from: 'a', type: 'wrote', to: 'b' },
      { from: 'c', type: 'knows', to: 'd' },
    ];
    expect(canonicalLinks(links)).toBe('a|wrote|b;c|knows|d');
  });

  it('treats reversed symmetric links as the same link', () => {
    const sym = new Set(['same-signature']);
    expect(canonicalLinks([{ from: 'x', type: 'same-signature', to: 'y' }], sym)).toBe(
      canonicalLinks([{ from: 'y', type: 'same-signature', to: 'x' }], sym),
    );
  });
});
