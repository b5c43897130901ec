// When a puzzle's plaintext and the file the player reads after solving it disagree about a fact.
import { describe, expect, it } from 'vitest';
import { disagreement } from '@core/pack/checks/fairness';

describe('disagreement', () => {
  it('finds a day the body states differently', () => {
    expect(disagreement('MEET ON SATURDAY AT THE PIER', 'Meet on Friday at the pier.')).toEqual({
      said: 'saturday',
      body: 'friday',
    });
  });

  it('finds a number the body states differently', () => {
    expect(disagreement('THE CODE IS 4471', 'The code is 4417.')).toEqual({ said: '4471', body: '4417' });
  });

  it('accepts a body that says more than the plaintext, or leaves a fact out', () => {
    expect(disagreement('MEET ON FRIDAY', 'Meet on Friday, not on Saturday.')).toBeUndefined();
    expect(disagreement('MEET ON FRIDAY AT 9', 'Meet at the pier.')).toBeUndefined();
  });

  it('does not read the verb "may" as a month', () => {
    expect(disagreement('YOU MAY ENTER IN JUNE', 'You may enter in June.')).toBeUndefined();
    expect(disagreement('YOU MAY ENTER', 'Enter in June.')).toBeUndefined();
  });
});
