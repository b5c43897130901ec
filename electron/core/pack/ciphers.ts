// The cipher library as the pack engine uses it: look up by id, validate parameters, encrypt and decrypt.
import { findCipher, validateParams } from '@shared/ciphers';

export interface PackCipher {
  encrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  decrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  /** Throws UserError when the parameters do not suit the cipher. */
  validate(params: Readonly<Record<string, unknown>>): void;
}

/** The cipher with this id, or undefined for an unknown id (the checker reports that in its own words). */
export function packCipher(id: string): PackCipher | undefined {
  const cipher = findCipher(id);
  if (!cipher) return undefined;
  return {
    encrypt: (text, params) => cipher.encrypt(text, params),
    decrypt: (text, params) => cipher.decrypt(text, params),
    validate: (params) => void validateParams(cipher, params),
  };
}
