import { describe, expect, it } from 'vitest';
import { runRecipe } from '@shared/ciphers/recipe';

describe('runRecipe', () => {
  it('chains steps and keeps each intermediate output', () => {
    const result = runRecipe(
      [
        { id: 'base64', direction: 'decrypt' },
        { id: 'vigenere', direction: 'decrypt', params: { key: 'LEMON' } },
        { id: 'reverse', direction: 'encrypt' },
      ],
      'TFhGT1BWRUZSTkhS',
    );
    expect(result).toEqual({
      ok: true,
      output: 'NWADTAKCATTA',
      outputs: ['LXFOPVEFRNHR', 'ATTACKATDAWN', 'NWADTAKCATTA'],
    });
  });

  it('returns the input unchanged for an empty recipe', () => {
    expect(runRecipe([], 'same')).toEqual({ ok: true, output: 'same', outputs: [] });
  });

  it('reports the first failing step with its index and sentence', () => {
    const result = runRecipe(
      [
        { id: 'rot13', direction: 'encrypt' },
        { id: 'vigenere', direction: 'decrypt', params: { key: 'K3Y' } },
        { id: 'hex', direction: 'decrypt' },
      ],
      'abc',
    );
    expect(result).toEqual({
      ok: false,
      index: 1,
      message: 'The key must consist only of letters.',
      outputs: ['nop'],
    });
  });

  it('reports an unknown operation as a failing step', () => {
    const result = runRecipe([{ id: 'enigma', direction: 'encrypt' }], 'abc');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.index).toBe(0);
      expect(result.message).toMatch(/^There is no cipher "enigma"\. Known ciphers: caesar, /);
    }
  });

  it('reports input a decoder cannot read', () => {
    const result = runRecipe([{ id: 'base64', direction: 'decrypt' }], 'not base64!');
    expect(result).toMatchObject({ ok: false, index: 0 });
  });
});
