// The id pattern: what it accepts, and that it is written in one place only.
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '@shared/ids';
import { sourcesContaining } from '../../support/sources';

describe('the id pattern', () => {
  it.each(['neos-2148', 'p-first-light', 'a', '0'])('accepts %s', (id) => {
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it.each(['', 'Neos', '-a', 'a-', 'a--b', 'a_b', '../x', 'a b', 'a.rpack'])('refuses "%s"', (id) => {
    expect(ID_PATTERN.test(id)).toBe(false);
  });

  it('is written only in electron/shared/ids.ts, which every other check imports', () => {
    expect(sourcesContaining('[a-z0-9]+(-[a-z0-9]+)*')).toEqual(['electron/shared/ids.ts']);
  });
});
