// The puzzle schema published for editors: every cipher id of the registry, each with its own params.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CIPHER_IDS } from '@shared/ciphers';
import { jsonSchemaFiles } from '@shared/pack';
import { puzzlesEditorSchema } from '@shared/pack/source-schema';

const root = resolve(import.meta.dirname, '../../../..');
const puzzle = (cipher: string, params?: unknown) => ({
  puzzles: [
    {
      id: 'p-one',
      title: 'One',
      chapter: 'ch1',
      cipher,
      ...(params === undefined ? {} : { params }),
      plaintext: 'HELLO',
      prompt: 'What?',
      answers: ['hello'],
      hints: { nudge: 'a', method: 'b', pinpoint: 'c', reveal: 'd' },
    },
  ],
});

interface Variant {
  properties: {
    cipher: { const: string };
    params: { properties: Record<string, unknown>; required?: string[] };
  };
}

describe('the puzzles.yaml editor schema', () => {
  const json = JSON.parse(jsonSchemaFiles()['puzzles.schema.json']!) as {
    properties: { puzzles: { items: { oneOf: Variant[] } } };
  };
  const variants = json.properties.puzzles.items.oneOf;

  it('has one variant per cipher of the registry, keyed by its id', () => {
    expect(variants.map((v) => v.properties.cipher.const)).toEqual([...CIPHER_IDS]);
  });

  it("describes each cipher's params: Caesar's shift with its range and default, Vigenère's required key", () => {
    const caesar = variants.find((v) => v.properties.cipher.const === 'caesar')!;
    expect(caesar.properties.params.properties['shift']).toMatchObject({
      type: 'integer',
      minimum: -25,
      maximum: 25,
      default: 3,
    });
    const vigenere = variants.find((v) => v.properties.cipher.const === 'vigenere')!;
    expect(vigenere.properties.params.required).toEqual(['key']);
  });

  it('accepts the puzzles of the campaign and of the starter fixture', async () => {
    for (const file of ['puzzles/neos-2148/puzzles.yaml', 'tests/fixtures/packs/base/puzzles.yaml']) {
      const result = puzzlesEditorSchema.safeParse(parse(await readFile(resolve(root, file), 'utf8')));
      expect(result.success, file).toBe(true);
    }
  });

  it('refuses an unknown cipher id, a param of another cipher and a missing key', () => {
    expect(puzzlesEditorSchema.safeParse(puzzle('ceasar', { shift: 3 })).success).toBe(false);
    expect(puzzlesEditorSchema.safeParse(puzzle('caesar', { key: 'LANTERN' })).success).toBe(false);
    expect(puzzlesEditorSchema.safeParse(puzzle('vigenere')).success).toBe(false);
    expect(puzzlesEditorSchema.safeParse(puzzle('vigenere', { key: 'LANTERN' })).success).toBe(true);
    expect(puzzlesEditorSchema.safeParse(puzzle('caesar')).success).toBe(true);
  });
});
