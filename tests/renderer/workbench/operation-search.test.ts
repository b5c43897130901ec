// The operation search puts the operation the player named first, before ones that merely mention it.
import { describe, expect, it } from 'vitest';
import { listCiphers } from '@shared/ciphers/index';
import { searchOperations } from '../../../renderer/src/workbench/operation-search';

const first = (query: string) => searchOperations(listCiphers(), query)[0]?.id;

describe('searching for an operation', () => {
  it('puts columnar first for "column", hex for "hex" and AES for "aes"', () => {
    expect(first('column')).toBe('columnar');
    expect(first('hex')).toBe('hex');
    expect(first('aes')).toBe('aes');
  });

  it('still lists the looser matches, after the exact one', () => {
    const ids = searchOperations(listCiphers(), 'aes').map((c) => c.id);
    expect(ids[0]).toBe('aes');
    expect(ids).toContain('caesar');
  });

  it('lists every operation in its usual order when the search is empty', () => {
    expect(searchOperations(listCiphers(), '  ').map((c) => c.id)).toEqual(listCiphers().map((c) => c.id));
  });
});
