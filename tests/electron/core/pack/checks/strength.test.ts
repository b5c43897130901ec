// Answer strength: guesses after the game's normalisation, with the pack's own words as the attacker's dictionary.
import { describe, expect, it } from 'vitest';
import { answerGuesses, formatHours } from '@core/pack/checks/strength';

describe('answerGuesses', () => {
  it('rates a common word far below two uncommon ones', () => {
    expect(answerGuesses('friday', false, [])).toBeLessThan(2 ** 10);
    expect(answerGuesses('ledger of consent', false, [])).toBeGreaterThan(2 ** 20);
  });

  it('rates a word of the pack as weak, because an attacker tries the pack text first', () => {
    const alone = answerGuesses('stillwater mnemos', false, []);
    const withPack = answerGuesses('stillwater mnemos', false, ['mnemos', 'stillwater', 'relay']);
    expect(withPack).toBeLessThan(alone / 100);
  });

  it('measures the answer as the game compares it: case, punctuation and spaces folded', () => {
    expect(answerGuesses('Ledger-of Consent!', false, [])).toBe(answerGuesses('ledgerofconsent', false, []));
  });

  it('rates a bare number as trivial', () => {
    expect(answerGuesses('0', false, [])).toBeLessThan(100);
  });
});

describe('formatHours', () => {
  it('says the cost in the unit a reader takes in at a glance', () => {
    expect(formatHours(0.0001)).toBe('under a second');
    expect(formatHours(1 / 3600)).toBe('1 second');
    expect(formatHours(0.5)).toBe('30 minutes');
    expect(formatHours(30)).toBe('30 hours');
    expect(formatHours(24 * 100)).toBe('100 days');
    expect(formatHours(24 * 365 * 50)).toBe('50 years');
  });
});
