// Builds a cipher object from its pure parts, so every entry point validates parameters the same way.
import { validateParams } from './params';
import type { Cipher, CipherInfo, ParamValues } from './types';

export interface CipherDefinition extends CipherInfo {
  readonly check?: (params: ParamValues) => void;
  /** Pure encryption with already validated parameters. */
  readonly encode: (text: string, params: ParamValues) => string;
  /** Pure decryption with already validated parameters. */
  readonly decode: (text: string, params: ParamValues) => string;
}

export function defineCipher(definition: CipherDefinition): Cipher {
  const { encode, decode, ...info } = definition;
  const cipher: Cipher = {
    ...info,
    encrypt: (text, raw) => encode(text, validateParams(cipher, raw)),
    decrypt: (text, raw) => decode(text, validateParams(cipher, raw)),
  };
  return Object.freeze(cipher);
}
