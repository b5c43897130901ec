// Opening a pack source at a line: the author's own command, a known editor from VISUAL or EDITOR, or the
// system's way without the line.
import { describe, expect, it } from 'vitest';
import { editorLaunch, openAtLine } from '@core/shell/editor';

const file = '/packs/relay inbox/puzzles.yaml';

describe('editorLaunch', () => {
  it("fills RESONANCE_EDITOR's {file} and {line}, keeping a path with spaces one argument", () => {
    expect(editorLaunch({ RESONANCE_EDITOR: 'emacsclient -n +{line} {file}' }, file, 12)).toEqual({
      command: 'emacsclient',
      args: ['-n', '+12', file],
    });
    expect(editorLaunch({ RESONANCE_EDITOR: '"/opt/My Editor/ed" --goto {file}:{line}' }, file, 3)).toEqual({
      command: '/opt/My Editor/ed',
      args: ['--goto', `${file}:3`],
    });
  });

  it('puts the file last when the command has no {file}, and prefers RESONANCE_EDITOR to VISUAL', () => {
    expect(editorLaunch({ RESONANCE_EDITOR: 'kate', VISUAL: 'code' }, file, 1)).toEqual({
      command: 'kate',
      args: [file],
    });
  });

  it('tells known editors from VISUAL or EDITOR the line their own way', () => {
    expect(editorLaunch({ VISUAL: 'code --wait' }, file, 7)).toEqual({
      command: 'code',
      args: ['--wait', '--goto', `${file}:7`],
    });
    expect(editorLaunch({ EDITOR: '/usr/local/bin/subl' }, file, 7)).toEqual({
      command: '/usr/local/bin/subl',
      args: [`${file}:7`],
    });
    expect(editorLaunch({ EDITOR: 'C:\\Tools\\idea.exe' }, file, 7)?.args).toEqual(['--line', '7', file]);
    expect(editorLaunch({ VISUAL: '"C:\\Program Files\\Microsoft VS Code\\Code.exe" -r' }, file, 2)).toEqual({
      command: 'C:\\Program Files\\Microsoft VS Code\\Code.exe',
      args: ['-r', '--goto', `${file}:2`],
    });
  });

  it('gives up on terminal editors, empty settings and commands with shell operators', () => {
    expect(editorLaunch({ EDITOR: 'vim' }, file, 7)).toBeUndefined();
    expect(editorLaunch({ VISUAL: '  ' }, file, 7)).toBeUndefined();
    expect(editorLaunch({}, file, 7)).toBeUndefined();
    expect(editorLaunch({ RESONANCE_EDITOR: 'code {file} | tee log' }, file, 7)).toBeUndefined();
  });

  it('never asks for a line before the first', () => {
    expect(editorLaunch({ VISUAL: 'zed' }, file, 0)?.args).toEqual([`${file}:1`]);
  });
});

describe('openAtLine', () => {
  it('starts the editor when one is set, and falls back to the system when it cannot be started', () => {
    const spawned: string[] = [];
    const openedBySystem: string[] = [];
    let fail: () => void = () => undefined;
    const deps = {
      env: { VISUAL: 'code' },
      spawn: (command: string, args: string[], onError: () => void) => {
        spawned.push([command, ...args].join(' '));
        fail = onError;
      },
      openPath: (path: string) => openedBySystem.push(path),
    };
    expect(openAtLine(deps, file, 4)).toBe('editor');
    expect(spawned).toEqual([`code --goto ${file}:4`]);
    expect(openedBySystem).toEqual([]);
    fail();
    expect(openedBySystem).toEqual([file]);
  });

  it('opens the file the system way when no editor is set', () => {
    const openedBySystem: string[] = [];
    const deps = { env: {}, spawn: () => undefined, openPath: (p: string) => openedBySystem.push(p) };
    expect(openAtLine(deps, file, 4)).toBe('system');
    expect(openedBySystem).toEqual([file]);
  });
});
