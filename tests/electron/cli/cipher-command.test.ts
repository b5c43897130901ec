import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { CIPHER_IDS, morseNormalise, playfairPrepare } from '@shared/ciphers/index';

const ROOT = resolve(import.meta.dirname, '../../..');

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

async function run(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await main(['cipher', ...args], {
    stdin: Readable.from([Buffer.from(input, 'utf8')]),
    stdout,
    stderr,
    cwd: ROOT,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('cipher encrypt and decrypt', () => {
  it('encrypts standard input and prints the result with one line break', async () => {
    expect(await run(['encrypt', 'vigenere', '--key', 'LEMON'], 'ATTACK AT DAWN\n')).toEqual({
      code: 0,
      stdout: 'LXFOPV EF RNHR\n',
      stderr: '',
    });
  });

  it('decrypts standard input', async () => {
    expect((await run(['decrypt', 'vigenere', '--key', 'LEMON'], 'LXFOPV EF RNHR\n')).stdout).toBe(
      'ATTACK AT DAWN\n',
    );
  });

  it('removes exactly one trailing line break from the input', async () => {
    expect((await run(['encrypt', 'caesar', '--shift', '1'], 'abc\n\n')).stdout).toBe('bcd\n\n');
    expect((await run(['encrypt', 'caesar', '--shift', '1'], 'abc\r\n')).stdout).toBe('bcd\n');
    expect((await run(['encrypt', 'caesar', '--shift', '1'], 'abc')).stdout).toBe('bcd\n');
  });

  it('accepts --name=value and values that start with a dash', async () => {
    expect((await run(['encrypt', 'caesar', '--shift=-1'], 'abc')).stdout).toBe('zab\n');
    expect((await run(['encrypt', 'caesar', '--shift', '-1'], 'abc')).stdout).toBe('zab\n');
    expect((await run(['encrypt', 'xor', '--key', '--'], 'A')).stdout).toBe('6c\n');
  });

  it('uses defaults for parameters that have them', async () => {
    expect((await run(['encrypt', 'caesar'], 'abc')).stdout).toBe('def\n');
  });

  it('prints one sentence and exits 1 for a bad parameter', async () => {
    expect(await run(['encrypt', 'vigenere', '--key', 'L3MON'], 'x')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The key must consist only of letters.\n',
    });
    expect((await run(['encrypt', 'affine', '--a', '2'], 'x')).stderr).toMatch(
      /^The multiplier a must be coprime with 26 .*\.\n$/,
    );
  });

  it('prints one sentence and exits 1 for input that cannot be decoded', async () => {
    expect(await run(['decrypt', 'base64'], 'abc*')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'The text is not valid base64: "*" cannot appear in base64, which uses only A-Z, a-z, 0-9, "+", "/" and "=" at the end.\n',
    });
    expect(
      await run(
        ['decrypt', 'aes', '--passphrase', 'wrong'],
        'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRlnWHPqFJ8VFsfhCJuDEPGwNB218',
      ),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The passphrase does not open this text; check the passphrase and that the text is complete.\n',
    });
  });

  it('says which option a required parameter needs and exits 1', async () => {
    expect(await run(['encrypt', 'vigenere'], 'x')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Vigenère needs a key: add --key <value>.\n',
    });
  });

  it('exits 2 and lists the ids for an unknown cipher', async () => {
    const result = await run(['encrypt', 'enigma'], 'x');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('Unknown cipher "enigma".');
    expect(result.stderr).toContain(`Ciphers: ${CIPHER_IDS.join(', ')}.`);
  });

  it.each([
    [['encrypt'], '"cipher encrypt" needs a cipher id.'],
    [
      ['encrypt', 'caesar', '--shfit', '2'],
      'Caesar shift has no parameter --shfit; its parameters are --shift.',
    ],
    [['encrypt', 'rot13', '--shift', '2'], 'ROT13 takes no parameters, but --shift was given.'],
    [['encrypt', 'caesar', '3'], 'Unexpected argument "3"; give parameters as --name value.'],
    [['encrypt', 'caesar', '--shift'], 'The option --shift needs a value.'],
    [
      ['encrypt', 'caesar', '--shift', '1', '--shift', '2'],
      'The option --shift is given twice; give it once.',
    ],
    [['rotate'], 'Unknown cipher command "rotate".'],
    [[], 'The "cipher" command needs a command: encrypt, decrypt, list or analyze.'],
    [['list', '--yaml'], '"cipher list" takes only --json, not "--yaml".'],
  ])('exits 2 for bad usage %j, listing the ids', async (args, problem) => {
    const result = await run(args, 'x');
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(problem);
    expect(result.stderr).toContain('Usage: resonance cipher');
    expect(result.stderr).toContain(`Ciphers: ${CIPHER_IDS.join(', ')}.`);
  });

  it('shows help on --help and describes one cipher with encrypt <id> --help', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('encrypt <id> [--<param> <value>]...');
    const one = await run(['encrypt', 'railfence', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('railfence: Rail fence');
    expect(one.stdout).toContain(
      '--rails <integer>  Number of rails: a whole number from 2 to 1000 (default 3).',
    );
  });
});

const SAMPLE = 'Meet me at the Lighthouse at nine, Kai. 2148';
const PARAMS: Record<string, string[]> = {
  caesar: ['--shift', '11'],
  affine: ['--a', '7', '--b', '3'],
  vigenere: ['--key', 'LUMEN'],
  autokey: ['--key', 'LUMEN'],
  beaufort: ['--key', 'LUMEN'],
  playfair: ['--key', 'neon harbour'],
  railfence: ['--rails', '4'],
  columnar: ['--key', 'ARIA'],
  substitution: ['--alphabet', 'QWERTYUIOPASDFGHJKLZXCVBNM'],
  bifid: ['--key', 'resonance'],
  bacon: ['--variant', '26'],
  xor: ['--key', 'vault key'],
  aes: ['--passphrase', 'open sesame'],
};
const letters = (t: string): string => t.replace(/[^A-Za-z]/g, '').toUpperCase();
const EXPECTED: Record<string, string> = {
  playfair: playfairPrepare(SAMPLE),
  bifid: letters(SAMPLE),
  bacon: letters(SAMPLE),
  polybius: SAMPLE.split(' ').map(letters).filter(Boolean).join(' ').replace(/J/g, 'I'),
  morse: morseNormalise(SAMPLE),
};

describe('every cipher through the command', () => {
  it.each(CIPHER_IDS)('%s round-trips', async (id) => {
    const params = PARAMS[id] ?? [];
    const sealed = await run(['encrypt', id, ...params], `${SAMPLE}\n`);
    expect(sealed.code, sealed.stderr).toBe(0);
    expect(sealed.stdout.endsWith('\n')).toBe(true);
    const opened = await run(['decrypt', id, ...params], sealed.stdout);
    expect(opened).toEqual({ code: 0, stdout: `${EXPECTED[id] ?? SAMPLE}\n`, stderr: '' });
  });
});

describe('cipher list', () => {
  it('describes every cipher and its parameters as JSON', async () => {
    const result = await run(['list', '--json']);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout) as {
      id: string;
      name: string;
      description: string;
      params: { key: string }[];
    }[];
    expect(data.map((c) => c.id)).toEqual(CIPHER_IDS);
    expect(data.find((c) => c.id === 'affine')!.params.map((p) => p.key)).toEqual(['a', 'b']);
    expect(data.every((c) => c.description.length > 0 && c.name.length > 0)).toBe(true);
  });

  it('prints the usage when --help follows it', async () => {
    const result = await run(['list', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: resonance cipher <command>/);
  });

  it('describes every cipher in plain text', async () => {
    const result = await run(['list']);
    expect(result.code).toBe(0);
    for (const id of CIPHER_IDS) expect(result.stdout).toMatch(new RegExp(`^${id}: `, 'm'));
    expect(result.stdout).toContain('--key <letters>  Key: letters (required).');
  });
});

describe('cipher analyze', () => {
  const sealed = 'LXFOPVEFRNHR LXFOPVEFRNHR LXFOPVEFRNHR';

  it('prints a readable table', async () => {
    const result = await run(['analyze'], `${sealed}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Characters: 38   Letters: 36');
    expect(result.stdout).toMatch(/^Index of coincidence: 0\.\d{4} \(English 0\.0667, random 0\.0385\)$/m);
    expect(result.stdout).toMatch(/^ {2}L +3 +8\.3% +4\.0%/m);
    expect(result.stdout).toContain('Likely key lengths');
  });

  it('prints the full analysis as JSON', async () => {
    const result = await run(['analyze', '--json'], 'SGVsbG8gd29ybGQ=\n');
    const data = JSON.parse(result.stdout) as { characters: number; encodings: { id: string }[] };
    expect(data.characters).toBe(16);
    expect(data.encodings[0]!.id).toBe('base64');
  });
});

describe('the installed command', () => {
  const node = (args: string[], input: string) =>
    spawnSync(process.execPath, ['bin/resonance.js', 'cipher', ...args], {
      cwd: ROOT,
      input,
      encoding: 'utf8',
    });

  it('runs from bin/resonance.js without a build step', () => {
    const sealed = node(['encrypt', 'vigenere', '--key', 'LEMON'], 'ATTACK AT DAWN\n');
    expect(sealed).toMatchObject({ status: 0, stdout: 'LXFOPV EF RNHR\n', stderr: '' });
    const opened = node(
      ['decrypt', 'aes', '--passphrase', 'kai zen'],
      'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRlnWHPqFJ8VFsfhCJuDEPGwNB218\n',
    );
    expect(opened).toMatchObject({ status: 0, stdout: 'The vault opens at midnight.\n', stderr: '' });
  });

  it('exits with 2 for an unknown cipher', () => {
    const result = node(['decrypt', 'enigma'], '');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Unknown cipher "enigma".');
  });
});
