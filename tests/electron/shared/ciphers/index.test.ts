import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CIPHER_IDS,
  getCipher,
  listCiphers,
  morseNormalise,
  playfairPrepare,
  type Cipher,
  type ParamSpec,
} from '@shared/ciphers/index';
import { UserError } from '@shared/result';

const REQUIRED: Record<string, string[]> = {
  caesar: ['shift'],
  rot13: [],
  atbash: [],
  affine: ['a', 'b'],
  vigenere: ['key'],
  autokey: ['key'],
  beaufort: ['key'],
  playfair: ['key'],
  railfence: ['rails'],
  columnar: ['key'],
  substitution: ['alphabet'],
  xor: ['key'],
  base64: [],
  hex: [],
  binary: [],
  morse: [],
  aes: ['passphrase'],
};

describe('cipher registry', () => {
  it('has every required cipher with exactly its documented parameters', () => {
    for (const [id, params] of Object.entries(REQUIRED)) {
      expect(getCipher(id).params.map((p) => p.key)).toEqual(params);
    }
  });

  it('lists ciphers with unique ids that differ from their display names', () => {
    const ids = listCiphers().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(CIPHER_IDS);
    for (const cipher of listCiphers()) {
      expect(cipher.id).toMatch(/^[a-z0-9]+$/);
      expect(cipher.name).not.toBe(cipher.id);
      expect(cipher.description.length).toBeGreaterThan(60);
    }
  });

  it('gives every parameter a label, a default of the right type and options for selects', () => {
    for (const cipher of listCiphers()) {
      for (const spec of cipher.params) {
        expect(spec.label).not.toBe('');
        expect(typeof spec.default).toBe(spec.type === 'integer' ? 'number' : 'string');
        if (spec.type === 'select') expect(spec.options).toContain(spec.default);
      }
    }
  });

  it('names the known ciphers when asked for an unknown one', () => {
    expect(() => getCipher('enigma')).toThrow(UserError);
    expect(() => getCipher('enigma')).toThrow(
      `There is no cipher "enigma". Known ciphers: ${CIPHER_IDS.join(', ')}.`,
    );
  });
});

/** Random valid parameters for a cipher, driven by its own schema. */
function paramsFor(cipher: Cipher): fc.Arbitrary<Record<string, string | number>> {
  const one = (spec: ParamSpec): fc.Arbitrary<string | number> => {
    switch (spec.type) {
      case 'integer':
        return fc.integer({ min: spec.min ?? -1000, max: Math.min(spec.max ?? 1000, 60) });
      case 'letters':
        return fc.stringMatching(/^[A-Za-z]{1,12}$/);
      case 'alphabet':
        return fc
          .shuffledSubarray([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'], { minLength: 26 })
          .map((a) => a.join(''));
      case 'text':
        return fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
      case 'select':
        return fc.constantFrom(...(spec.options ?? []));
    }
  };
  const record: Record<string, fc.Arbitrary<string | number>> = {};
  for (const spec of cipher.params) record[spec.key] = one(spec);
  return fc.record(record).filter((p) => {
    try {
      cipher.check?.(p);
      return true;
    } catch {
      return false;
    }
  });
}

// Mostly letters, so the letter ciphers have something to work on, plus any well-formed Unicode.
const anyText = fc.oneof(
  fc.stringMatching(/^[A-Za-z .,'!?0-9\n]{0,80}$/),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
const morseText = fc.stringMatching(/^[A-Za-z0-9 .,?!:;=+\-@"'()&/\n]{0,60}$/);
const squareNormal = (t: string): string =>
  t
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase()
    .replace(/J/g, 'I');

/** What decrypting an encryption gives back, for the ciphers that cannot keep everything. */
const NORMALISE: Record<string, (text: string, params: Record<string, string | number>) => string> = {
  playfair: (t) => playfairPrepare(t),
  bifid: squareNormal,
  polybius: (t) => t.split(/\s+/).map(squareNormal).filter(Boolean).join(' '),
  bacon: (t, p) => {
    const letters = t.replace(/[^A-Za-z]/g, '').toUpperCase();
    return p.variant === '24' ? letters.replace(/J/g, 'I').replace(/V/g, 'U') : letters;
  },
  morse: (t) => morseNormalise(t),
};

describe('round trips', () => {
  for (const cipher of listCiphers()) {
    const normalise = NORMALISE[cipher.id];
    it(`${cipher.id}: decrypting an encryption gives back the ${normalise ? 'normalised ' : ''}text`, () => {
      fc.assert(
        fc.property(cipher.id === 'morse' ? morseText : anyText, paramsFor(cipher), (text, params) => {
          const back = cipher.decrypt(cipher.encrypt(text, params), params);
          expect(back).toBe(normalise ? normalise(text, params) : text);
        }),
        { numRuns: cipher.id === 'aes' ? 60 : 200 },
      );
    });
  }

  it('accepts parameters as strings, the way forms and the command line send them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...listCiphers()), anyText, (cipher, text) => {
        fc.pre(cipher.id !== 'morse');
        const params = fc.sample(paramsFor(cipher), { numRuns: 1, seed: text.length })[0]!;
        const asStrings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
        const encrypted = cipher.encrypt(text, asStrings);
        expect(cipher.decrypt(encrypted, asStrings)).toBe(cipher.decrypt(encrypted, params));
      }),
      { numRuns: 150 },
    );
  });
});

describe('portability', () => {
  it('keeps the cipher and analysis sources free of Node-only APIs, so the renderer can import them', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../../../../electron/shared');
    for (const dir of ['ciphers', 'analysis']) {
      for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(join(root, dir, file), 'utf8');
        expect(source, `${dir}/${file}`).not.toMatch(
          /from '(node:|fs|path|crypto|buffer)'|\bBuffer\.|\bprocess\.|require\(/,
        );
      }
    }
  });
});
