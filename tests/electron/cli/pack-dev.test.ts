// `resonance pack dev`: the terminal side of dev mode, checking a folder on every save.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { packCommand } from '../../../electron/cli/pack-command';
import { watchInTerminal } from '../../../electron/cli/pack-dev';
import { materialise, tempDir } from '../core/pack/pack-fixtures';

function io(cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  stdout.on('data', (d: Buffer) => out.push(...d.toString().split('\n').filter(Boolean)));
  stderr.on('data', () => undefined);
  return { io: { stdin: new PassThrough(), stdout, stderr, cwd }, out };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('resonance pack dev', () => {
  it('checks the folder at once and again after each save, printing file:line:col lines', async () => {
    const folder = await materialise();
    const { io: cli, out } = io(folder);
    let stop = (): void => undefined;
    const running = watchInTerminal(folder, cli, new Promise<void>((done) => (stop = done)));
    await until(() => out.some((l) => l.startsWith('Build 1 checked')));
    const clues = join(folder, 'clues.yaml');
    const text = await readFile(clues, 'utf8');
    await writeFile(clues, text.replace('  - id: c-trust-keys', '  - id: [c-trust-keys'));
    await until(() => out.some((l) => /^clues\.yaml:\d+:\d+: /.test(l)));
    expect(out.at(-1)).toMatch(/keeps running the last build that checked/);
    await writeFile(clues, text);
    await until(() => out.some((l) => l.startsWith('Build 2 checked')));
    stop();
    await running;
  });

  it('prints the first line the authoring guide shows, give or take the time', async () => {
    const guide = await readFile(join(import.meta.dirname, '../../../docs/authoring.md'), 'utf8');
    const shown = /\$ npx resonance pack dev lantern-drop\n(.+)\n/.exec(guide)![1]!;
    const folder = await materialise();
    const { io: cli, out } = io(folder);
    await watchInTerminal(folder, cli, Promise.resolve());
    const asShape = (line: string) => line.replace(/\d+ ms/, 'N ms');
    expect(asShape(out[0]!)).toBe(asShape(shown));
  });

  it('refuses a path that is not a folder, in a sentence', async () => {
    const cwd = await tempDir('dev-cli-');
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await packCommand(['dev', 'missing'], { stdin: new PassThrough(), stdout, stderr, cwd });
    expect(code).toBe(2);
    expect(err).toContain('missing is not a folder: give the folder that holds pack.yaml.');
  });

  it('prints its usage after --help', async () => {
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await packCommand(['dev', '--help'], {
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
      cwd: '.',
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: resonance pack dev <dir>/);
  });
});
