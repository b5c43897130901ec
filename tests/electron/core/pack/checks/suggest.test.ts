// "Did you mean": the closest known name is offered only when a typo could explain the difference.
import { describe, expect, it } from 'vitest';
import { closestName, didYouMean } from '@core/pack/checks/suggest';

describe('closestName', () => {
  it('finds the id a slip of one or two letters away', () => {
    expect(closestName('p-first-lite', ['p-keyed-note', 'p-first-light'])).toBe('p-first-light');
    expect(closestName('vigenre', ['caesar', 'vigenere', 'beaufort'])).toBe('vigenere');
  });

  it('offers nothing for a different word, or for the same word', () => {
    expect(closestName('enigma', ['caesar', 'vigenere'])).toBeUndefined();
    expect(closestName('caesar', ['caesar'])).toBeUndefined();
  });

  it('ignores case when it compares', () => {
    expect(closestName('Promt', ['prompt', 'title'])).toBe('prompt');
  });
});

describe('didYouMean', () => {
  it('reads as a parenthesis to put after the wrong name, or as nothing', () => {
    expect(didYouMean('promt', ['prompt'])).toBe(' (did you mean "prompt"?)');
    expect(didYouMean('zzz', ['prompt'])).toBe('');
  });
});
