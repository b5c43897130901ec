// The cipher library as the pack engine uses it: look up by id, validate parameters, encrypt and decrypt.
import { getCipher, validateParams } from '../../shared/ciphers';

export interface PackCipher {
  encrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  decrypt(text: string, params: Readonly<Record<string, unknown>>): string;
  /** Throws UserError when the parameters do not suit the cipher. */
  validate(params: Readonly<Record<string, unknown>>): void;
}

export function packCipher(id: string): PackCipher | undefined {
  let cipher: ReturnType<typeof getCipher>;
  try {
    cipher = getCipher(id);
  } catch {
    // getCipher reports unknown ids by throwing; the checker turns that into its own message.
    return undefined;
  }
  if (!cipher) return undefined;
  const c = cipher;
  return {
    encrypt: (text, params) => c.encrypt(text, params),
    decrypt: (text, params) => c.decrypt(text, params),
    validate: (params) => void validateParams(c, params),
  };
}
