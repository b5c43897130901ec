import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { aes } from '@shared/ciphers/aes';
import { onCi, skipWithout } from '../../../support/required-tool';
import { cipherTable } from './table';

const WRONG = 'The passphrase does not open this text; check the passphrase and that the text is complete.';

// Written by `openssl enc -aes-256-cbc -md md5 -a` (OpenSSL 3.0).
cipherTable(aes, [
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRlnWHPqFJ8VFsfhCJuDEPGwNB218',
    params: { passphrase: 'kai zen' },
    expected: 'The vault opens at midnight.',
  },
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1/FPMVxP1aBPn8A1XIPg06EVlvyuDwyBAw=',
    params: { passphrase: 'x' },
    expected: '',
  },
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1+pgxvk2RYQP6+k\nPUQ+HZitZb7PQZSESc4=\n',
    params: { passphrase: 'lumen' },
    expected: 'Neos ✨ 2148',
    note: 'line breaks as openssl -a writes them',
  },
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRlnWHPqFJ8VFsfhCJuDEPGwNB218',
    params: { passphrase: 'kai zem' },
    error: WRONG,
  },
  {
    direction: 'decrypt',
    input: 'SGVsbG8gd29ybGQgaGVsbG8gd29ybGQh',
    params: { passphrase: 'x' },
    error:
      'The AES text must be in the salted format that starts with "U2FsdGVkX1" (as written by openssl enc -a); this text does not.',
  },
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRlnWHPqFJ8VF',
    params: { passphrase: 'kai zen' },
    error:
      'The AES text is incomplete: its length does not fit whole blocks; check that nothing was cut off.',
  },
  {
    direction: 'decrypt',
    input: 'U2FsdGVkX1+WZhKL6eC4OXSTLbMO1mgX51HcRln#',
    params: { passphrase: 'kai zen' },
    error:
      'The AES text is not valid base64: "#" cannot appear in base64, which uses only A-Z, a-z, 0-9, "+", "/" and "=" at the end.',
  },
  {
    direction: 'encrypt',
    input: 'x',
    params: { passphrase: '' },
    error: 'The passphrase must not be empty.',
  },
]);

describe('aes encryption', () => {
  it('writes the salted OpenSSL format and a fresh salt every time', () => {
    const first = aes.encrypt('same text', { passphrase: 'p' });
    const second = aes.encrypt('same text', { passphrase: 'p' });
    expect(first.startsWith('U2FsdGVkX1')).toBe(true);
    expect(first).not.toBe(second);
    expect(aes.decrypt(second, { passphrase: 'p' })).toBe('same text');
  });

  it('refuses nearly every wrong passphrase instead of returning garbage', () => {
    const sealed = aes.encrypt('A message long enough to fill a few blocks of AES.', { passphrase: 'right' });
    let refused = 0;
    for (let i = 0; i < 50; i++) {
      try {
        aes.decrypt(sealed, { passphrase: `wrong ${i}` });
      } catch {
        refused++;
      }
    }
    expect(refused).toBe(50);
  });
});

const OPENSSL = '/usr/bin/openssl';
const hasOpenssl = existsSync(OPENSSL);
const title =
  hasOpenssl || onCi()
    ? 'aes interoperates with the openssl command'
    : `aes interop with openssl is skipped because ${OPENSSL} does not exist on this machine`;

function openssl(args: string[], input: string): string {
  return execFileSync(OPENSSL, ['enc', '-aes-256-cbc', '-md', 'md5', '-a', '-A', ...args], {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
  });
}

// Printable text and passphrases without NUL, which cannot travel as a command-line argument.
const text = fc.string({ unit: 'grapheme', maxLength: 80 });
const passphrase = fc
  .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 })
  .filter((p) => !p.includes('\0'));

describe.skipIf(skipWithout(hasOpenssl))(title, () => {
  beforeAll(() => {
    if (!hasOpenssl)
      throw new Error(
        `${OPENSSL} does not exist, and CI must run this test: install openssl (apt-get install openssl).`,
      );
  });

  it('decrypts what openssl encrypted', () => {
    fc.assert(
      fc.property(text, passphrase, (plain, pass) => {
        const sealed = openssl(['-pass', `pass:${pass}`], plain).trim();
        expect(aes.decrypt(sealed, { passphrase: pass })).toBe(plain);
      }),
      { numRuns: 25 },
    );
  });

  it('produces what openssl decrypts', () => {
    fc.assert(
      fc.property(text, passphrase, (plain, pass) => {
        const sealed = aes.encrypt(plain, { passphrase: pass });
        expect(openssl(['-d', '-pass', `pass:${pass}`], `${sealed}\n`)).toBe(plain);
      }),
      { numRuns: 25 },
    );
  });
});
