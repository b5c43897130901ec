import { describe, expect, it } from 'vitest';
import { xorBytes, xorCribDrag } from '@shared/analysis/xor';
import { getCipher } from '@shared/ciphers/index';
import { UserError } from '@shared/result';

const hexBytes = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));

describe('xorCribDrag', () => {
  it('reveals the key where a guessed word sits in a repeating-key XOR', () => {
    const sealed = getCipher('xor').encrypt('meet me at the lighthouse at nine', { key: 'NEOS' });
    const hits = xorCribDrag(sealed, 'lighthouse');
    const right = hits.find((h) => h.offset === 15);
    expect(right?.text).toBe('SNEOSNEOSN');
    expect(right?.printable).toBe(1);
  });

  it('reveals the other plaintext when two messages share a key', () => {
    const key = { key: 'a long secret key of many bytes' };
    const a = hexBytes(getCipher('xor').encrypt('the courier arrives at dawn', key));
    const b = hexBytes(getCipher('xor').encrypt('bring the green notebook to', key));
    const hits = xorCribDrag(xorBytes(a, b), 'courier');
    expect(hits.find((h) => h.offset === 4)?.text).toBe('g the g');
  });

  it('ranks fully printable positions first and respects the limit', () => {
    const hits = xorCribDrag(new Uint8Array([0, 0, 0, 0x7f, 0x7f, 0x7f]), 'ab', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]).toEqual({ offset: 0, text: 'ab', printable: 1 });
    expect(hits[2]!.printable).toBeLessThan(1);
  });

  it('returns nothing for an empty crib or one longer than the data', () => {
    expect(xorCribDrag('0102', '')).toEqual([]);
    expect(xorCribDrag('0102', 'abc')).toEqual([]);
  });

  it('refuses hex that is not hex with a sentence', () => {
    expect(() => xorCribDrag('zz', 'a')).toThrow(
      new UserError('The XOR data is not hex: "z" is not a hex digit (0-9, a-f).'),
    );
  });
});
