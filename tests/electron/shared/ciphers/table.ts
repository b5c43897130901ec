// Turns a table of {direction, input, params, expected | error} rows into one test per row.
import { describe, expect, it } from 'vitest';
import { UserError } from '@shared/result';
import type { Cipher, RawParams } from '@shared/ciphers/index';

export type Row = {
  readonly direction: 'encrypt' | 'decrypt';
  readonly input: string;
  readonly params?: RawParams;
  /** Where the example comes from or what it shows. */
  readonly note?: string;
} & ({ readonly expected: string } | { readonly error: string });

export function cipherTable(cipher: Cipher, rows: readonly Row[]): void {
  describe(`${cipher.id} table`, () => {
    for (const row of rows) {
      const shown = row.input.length > 40 ? `${row.input.slice(0, 37)}...` : row.input;
      const params = row.params ? ` with ${JSON.stringify(row.params)}` : '';
      if ('expected' in row) {
        it(`${row.direction}s "${shown}"${params}${row.note ? ` (${row.note})` : ''}`, () => {
          expect(cipher[row.direction](row.input, row.params)).toBe(row.expected);
        });
      } else {
        it(`refuses to ${row.direction} "${shown}"${params} with a plain sentence${row.note ? ` (${row.note})` : ''}`, () => {
          let thrown: unknown;
          try {
            cipher[row.direction](row.input, row.params);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(UserError);
          expect((thrown as UserError).message).toBe(row.error);
        });
      }
    }
  });
}
