// The app's --pack flag: which folder dev mode plays, and what is left for opening pack files.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devPackFromArgv } from '@core/dev/dev-args';

describe('the --pack flag', () => {
  it('takes the folder after --pack, resolved against the working folder, and removes both', () => {
    expect(devPackFromArgv(['electron', '.', '--pack', 'my-case'], '/work')).toEqual({
      folder: resolve('/work', 'my-case'),
      argv: ['electron', '.'],
    });
  });

  it('accepts --pack=<folder> and keeps .rpack files for the OS-open code', () => {
    expect(devPackFromArgv(['app', '--pack=/cases/one', 'other.rpack'], '/work')).toEqual({
      folder: '/cases/one',
      argv: ['app', 'other.rpack'],
    });
  });

  it('is not dev mode without the flag, nor after --', () => {
    expect(devPackFromArgv(['app', 'case.rpack'], '/work').folder).toBeUndefined();
    expect(devPackFromArgv(['app', '--', '--pack', 'x'], '/work')).toEqual({
      folder: undefined,
      argv: ['app', '--', '--pack', 'x'],
    });
  });
});
