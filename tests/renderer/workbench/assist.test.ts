// Suggestions follow the player's setting; by default they help only in chapter 1.
import { describe, expect, it } from 'vitest';
import { assistOn } from '../../../renderer/src/workbench/assist';

describe('workbench suggestions', () => {
  it('are on in chapter 1 and off afterwards by default', () => {
    expect(assistOn('first-chapter', 0)).toBe(true);
    expect(assistOn('first-chapter', 1)).toBe(false);
    expect(assistOn(undefined, 2)).toBe(false);
  });

  it('never break a puzzle made to be broken from the evidence, unless the player asked for them always', () => {
    expect(assistOn('first-chapter', 0, true)).toBe(false);
    expect(assistOn(undefined, 0, true)).toBe(false);
    expect(assistOn('always', 0, true)).toBe(true);
  });

  it('follow an explicit choice in every chapter', () => {
    expect(assistOn('always', 3)).toBe(true);
    expect(assistOn('never', 0)).toBe(false);
  });
});
