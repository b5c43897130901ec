// The cipher library as the pack engine uses it: look up by id, validate parameters, encrypt and decrypt.
import { findCipher, validateParams } from '../../shared/ciphers';

export interface PackCipher {
  encrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  decrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  /** Throws UserError when the parameters do not suit the cipher. */
  validate(params: Readonly<Record<string, unknown>>): void;
}

export function packCipher(id: string): PackCipher | undefined {
  const c = findCipher(id);
  if (!c) return undefined;
  return {
    encrypt: (text, params) => c.encrypt(text, params),
    decrypt: (text, params) => c.decrypt(text, params),
    validate: (params) => void validateParams(c, params),
  };
}
