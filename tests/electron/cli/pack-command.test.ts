// The `resonance pack` commands run in-process: output lines, files written and exit codes.
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { packCommand } from '../../../electron/cli/pack-command';
import { materialise, tempDir } from '../core/pack/pack-fixtures';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await packCommand(args, { stdin: new PassThrough(), stdout, stderr, cwd });
  return { code, out, err };
}

describe('resonance pack', () => {
  it('creates, checks, builds, verifies and measures a new pack', async () => {
    const cwd = await tempDir('cli-');
    expect((await run(['new', 'my-pack'], cwd)).code).toBe(0);
    const check = await run(['check', 'my-pack'], cwd);
    expect(check).toMatchObject({ code: 0, out: '' });
    const build = await run(['build', 'my-pack', '-o', 'out.rpack', '--cost', 'fast'], cwd);
    expect(build.code).toBe(0);
    expect((await stat(join(cwd, 'out.rpack'))).size).toBeGreaterThan(1000);
    const verify = await run(['verify', 'out.rpack', '--walkthrough', 'my-pack/walkthrough.yaml'], cwd);
    expect(verify).toMatchObject({ code: 0 });
    expect(verify.out).toMatch(/all 4 steps/);
    const stats = await run(['stats', 'my-pack', '--json'], cwd);
    expect(JSON.parse(stats.out)).toMatchObject({
      chapters: 2,
      puzzles: { caesar: 1, vigenere: 1 },
      deductions: 2,
      clues: 5,
      hints: 16,
    });
  });

  it('writes the .rpack next to the pack folder by default', async () => {
    const dir = await materialise();
    expect((await run(['build', 'base', '--cost', 'fast'], join(dir, '..'))).code).toBe(0);
    expect((await stat(join(dir, '..', 'base.rpack'))).isFile()).toBe(true);
  });

  it('warns on stderr when the pack is sealed with the fast KDF cost', async () => {
    const cwd = await tempDir('cli-');
    await run(['new', 'p'], cwd);
    expect((await run(['build', 'p', '--cost', 'fast'], cwd)).err).toMatch(
      /warning: this pack is sealed with the fast KDF cost/,
    );
  });

  it('prints one file:line:col line per problem and exits 1', async () => {
    const dir = await materialise('broken-reference');
    const result = await run(['check', dir], '/');
    expect(result.code).toBe(1);
    expect(result.out.trim().split('\n')).toEqual([
      'deductions.yaml:24:34: There is no link type "penned": add it to linkTypes in pack.yaml or use one of wrote, was-at.',
      'files/inbox/first-log.md:6:11: There is no puzzle "p-first-lite" (did you mean "p-first-light"?): fix the id or add the puzzle to puzzles.yaml.',
    ]);
  });

  it('prints problems as JSON with --json', async () => {
    const dir = await materialise('empty-answer');
    const result = await run(['check', dir, '--json'], '/');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'puzzles.yaml',
        line: 10,
        col: 24,
        path: 'puzzles[0].answers[1]',
      }),
    ]);
  });

  it('exits 0 when the pack has only warnings', async () => {
    const result = await run(['check', await materialise('orphan-scene')], '/');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/warning: No chapter plays the scene/);
  });

  it('refuses to build a pack with problems and lists them', async () => {
    const result = await run(['build', await materialise('unlock-cycle'), '--cost', 'fast'], '/');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/wait for each other/);
  });

  it('names the first walkthrough step that the sealed pack does not accept', async () => {
    const dir = await materialise();
    const rpack = join(dir, '..', 'base.rpack');
    expect((await run(['build', dir, '-o', rpack, '--cost', 'fast'], '/')).code).toBe(0);
    const walk = join(dir, '..', 'walk.yaml');
    const text = await readFile(join(dir, 'walkthrough.yaml'), 'utf8');
    await writeFile(walk, text.replace('answer: old archive', 'answer: new archive'));
    const result = await run(['verify', rpack, '--walkthrough', walk], '/');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^.*walk\.yaml:10:13: Step 3 \(solve p-keyed-note\): the sealed pack rejected the answer/,
    );
  });

  it.each([
    [[]],
    [['frobnicate', 'x']],
    [['check']],
    [['check', 'a', 'b']],
    [['check', 'a', '--bogus']],
    [['build', 'a', '-o']],
    [['build', 'a', '--cost', 'slow']],
  ])('exits 2 for bad usage: %j', async (args) => {
    expect((await run(args, '/')).code).toBe(2);
  });

  it('exits 2 when verifying a .rpack without a walkthrough', async () => {
    const dir = await materialise();
    const rpack = join(dir, '..', 'x.rpack');
    await run(['build', dir, '-o', rpack, '--cost', 'fast'], '/');
    const result = await run(['verify', rpack], '/');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--walkthrough/);
  });

  it('exits 2 for a folder that does not exist and 2 for new into a non-empty folder', async () => {
    expect((await run(['check', '/nonexistent/pack'], '/')).code).toBe(2);
    expect((await run(['new', await materialise()], '/')).code).toBe(2);
  });

  it('exits 1 for a damaged .rpack', async () => {
    const dir = await tempDir('cli-');
    await writeFile(join(dir, 'bad.rpack'), 'PK not really a zip');
    await writeFile(join(dir, 'w.yaml'), 'steps:\n  - solve: p\n    answer: x\n');
    const result = await run(['verify', 'bad.rpack', '--walkthrough', 'w.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/damaged|not a Resonance pack/);
  });

  it.each(['new', 'check', 'build', 'verify', 'stats'])(
    'prints the help of "pack %s" when --help follows it, even after a folder',
    async (command) => {
      for (const args of [
        [command, '--help'],
        [command, 'some-folder', '-h'],
      ]) {
        const result = await run(args, '/');
        expect(result.code).toBe(0);
        expect(result.out).toContain(`Usage: resonance pack ${command}`);
      }
    },
  );

  it('refuses an unknown option with the help of its command and exit code 2', async () => {
    const result = await run(['check', 'x', '--frobnicate'], '/');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Unknown option --frobnicate for "pack check"\./);
    expect(result.err).toContain('Usage: resonance pack check');
  });

  it('says which option is missing its value', async () => {
    const result = await run(['build', 'x', '-o'], '/');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^The option --output needs a value\./);
  });

  it('prints a strength table with every gate on stderr after checking', async () => {
    const result = await run(['check', await materialise()], '/');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/Strength of each gate against an offline attacker \(scrypt N=2\^4 r=1 p=1/);
    for (const gate of ['p-first-light', 'p-keyed-note', 'd-the-drop', 'd-the-route'])
      expect(result.err).toMatch(new RegExp(`^${gate} +(puzzle|deduction) +\\d`, 'm'));
  });

  it('prints the cheapest gates with stats, for a folder and for a .rpack', async () => {
    const dir = await materialise();
    const folder = await run(['stats', dir], '/');
    expect(folder.out).toMatch(
      /Cheapest gates to brute-force offline[^\n]*\n {2}d-the-drop {2}deduction {2}2\^0\.0 guesses/,
    );
    const rpack = join(dir, '..', 'base.rpack');
    await run(['build', dir, '-o', rpack], '/');
    const sealed = await run(['stats', rpack], '/');
    expect(sealed.code).toBe(0);
    expect(sealed.out).toMatch(/1 of 4 gates are open before any answer/);
  });

  it('warns when verifying a .rpack older than the pack folder of its walkthrough', async () => {
    const dir = await materialise();
    const rpack = join(dir, '..', 'base.rpack');
    await run(['build', dir, '-o', rpack], '/');
    const args = ['verify', rpack, '--walkthrough', join(dir, 'walkthrough.yaml')];
    expect((await run(args, '/')).err).not.toMatch(/older than/);
    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'puzzles.yaml'), later, later);
    const result = await run(args, '/');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(
      /^warning: base\.rpack is older than base\/puzzles\.yaml, changed since it was built/m,
    );
  });
});
