// The file and clue kinds are listed once, in electron/shared/pack/kinds.ts, and every other list is derived.
import { describe, expect, it } from 'vitest';
import { CLUE_KINDS, FILE_KINDS } from '@shared/pack/kinds';
import { sourcesContaining } from '../../../support/sources';

/** How a list of kinds is written out in source: quoted, comma-separated, as Prettier formats it. */
const written = (kinds: readonly string[]) => kinds.map((k) => `'${k}'`).join(', ');

describe('the lists of kinds', () => {
  it('are written out only in electron/shared/pack/kinds.ts', () => {
    expect(sourcesContaining(written(CLUE_KINDS.slice(0, 3)))).toEqual(['electron/shared/pack/kinds.ts']);
    expect(sourcesContaining(written(FILE_KINDS.slice(0, 3)))).toEqual(['electron/shared/pack/kinds.ts']);
  });
});
