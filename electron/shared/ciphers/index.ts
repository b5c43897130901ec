// The cipher registry: every cipher by its stable id, in the order the workbench and CLI list them.
import { UserError } from '../result';
import { aes } from './aes';
import { affine } from './affine';
import { atbash } from './atbash';
import { autokey } from './autokey';
import { bacon } from './bacon';
import { base64 } from './base64';
import { beaufort } from './beaufort';
import { bifid } from './bifid';
import { binary } from './binary';
import { caesar } from './caesar';
import { columnar } from './columnar';
import { hex } from './hex';
import { morse } from './morse';
import { playfair } from './playfair';
import { polybius } from './polybius';
import { railfence } from './railfence';
import { reverse } from './reverse';
import { rot13 } from './rot13';
import { substitution } from './substitution';
import { vigenere } from './vigenere';
import { xor } from './xor';
import type { Cipher } from './types';

export type {
  Cipher,
  CipherInfo,
  Direction,
  ParamSpec,
  ParamType,
  ParamValue,
  ParamValues,
  RawParams,
} from './types';
export { validateParams, coerceParam } from './params';
export { playfairPrepare } from './playfair';
export { morseNormalise } from './morse';
export { runRecipe, type RecipeStep, type RecipeResult } from './recipe';

const ALL: readonly Cipher[] = [
  caesar,
  rot13,
  atbash,
  affine,
  vigenere,
  autokey,
  beaufort,
  playfair,
  railfence,
  columnar,
  substitution,
  polybius,
  bifid,
  bacon,
  xor,
  base64,
  hex,
  binary,
  morse,
  aes,
  reverse,
];

const BY_ID: ReadonlyMap<string, Cipher> = new Map(ALL.map((cipher) => [cipher.id, cipher]));

/** Every cipher id, in listing order. */
export const CIPHER_IDS: readonly string[] = ALL.map((cipher) => cipher.id);

export function listCiphers(): readonly Cipher[] {
  return ALL;
}

/** Looks a cipher up by id; throws a `UserError` naming the known ids when there is none. */
export function getCipher(id: string): Cipher {
  const cipher = BY_ID.get(id);
  if (!cipher) throw new UserError(`There is no cipher "${id}". Known ciphers: ${CIPHER_IDS.join(', ')}.`);
  return cipher;
}

/** Like `getCipher`, but returns undefined for an unknown id. */
export function findCipher(id: string): Cipher | undefined {
  return BY_ID.get(id);
}
