// When a test that needs an outside tool is skipped: never on CI.
import { describe, expect, it } from 'vitest';
import { onCi, skipWithout } from './required-tool';

describe('tests that need an outside tool', () => {
  it('run whenever the tool is there', () => {
    expect(skipWithout(true, {})).toBe(false);
    expect(skipWithout(true, { CI: 'true' })).toBe(false);
  });

  it('are skipped off CI when the tool is missing', () => {
    expect(skipWithout(false, {})).toBe(true);
    expect(skipWithout(false, { CI: 'false' })).toBe(true);
  });

  it('run, and so fail, on CI when the tool is missing', () => {
    expect(onCi({ CI: 'true' })).toBe(true);
    expect(skipWithout(false, { CI: 'true' })).toBe(false);
    expect(skipWithout(false, { CI: '1' })).toBe(false);
  });
});
