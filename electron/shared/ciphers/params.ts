// Turns parameters from forms, saved recipes and the command line into typed values, or says what is wrong.
import { UserError } from '../result';
import type { Cipher, ParamSpec, ParamValue, ParamValues, RawParams } from './types';

/** "Number of rails" becomes "number of rails", for use inside a sentence. */
const noun = (spec: ParamSpec): string => spec.label.charAt(0).toLowerCase() + spec.label.slice(1);

function coerceInteger(spec: ParamSpec, raw: unknown): number {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && /^\s*[+-]?\d+\s*$/.test(raw)) value = Number(raw.trim());
  else value = NaN;
  if (!Number.isSafeInteger(value)) throw new UserError(`The ${noun(spec)} must be a whole number.`);
  const { min, max } = spec;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    if (min !== undefined && max !== undefined)
      throw new UserError(`The ${noun(spec)} must be between ${min} and ${max}.`);
    if (min !== undefined) throw new UserError(`The ${noun(spec)} must be at least ${min}.`);
    throw new UserError(`The ${noun(spec)} must be at most ${max}.`);
  }
  return value;
}

function asText(spec: ParamSpec, raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  throw new UserError(`The ${noun(spec)} must be text.`);
}

function coerceLetters(spec: ParamSpec, raw: unknown): string {
  // Spaces are allowed so keys can be typed as phrases ("playfair example").
  const letters = asText(spec, raw).replace(/\s+/g, '');
  if (!/^[A-Za-z]*$/.test(letters)) throw new UserError(`The ${noun(spec)} must consist only of letters.`);
  if (letters.length === 0) throw new UserError(`The ${noun(spec)} must contain at least one letter.`);
  return letters.toUpperCase();
}

function coerceAlphabet(spec: ParamSpec, raw: unknown): string {
  const letters = asText(spec, raw).replace(/\s+/g, '');
  if (!/^[A-Za-z]*$/.test(letters)) throw new UserError(`The ${noun(spec)} must consist only of letters.`);
  if (letters.length !== 26)
    throw new UserError(
      `The ${noun(spec)} must have 26 letters, one for each letter from A to Z; it has ${letters.length}.`,
    );
  const upper = letters.toUpperCase();
  for (const letter of upper) {
    const count = upper.split(letter).length - 1;
    if (count > 1)
      throw new UserError(
        `The ${noun(spec)} must use each letter once, but "${letter}" appears ${count} times.`,
      );
  }
  return upper;
}

function coerceText(spec: ParamSpec, raw: unknown): string {
  const text = asText(spec, raw);
  if (text.length === 0) throw new UserError(`The ${noun(spec)} must not be empty.`);
  return text;
}

function coerceSelect(spec: ParamSpec, raw: unknown): string {
  const text = asText(spec, raw).trim();
  const options = spec.options ?? [];
  if (!options.includes(text))
    throw new UserError(`The ${noun(spec)} must be one of: ${options.join(', ')}.`);
  return text;
}

/** Checks and converts one parameter value against its spec. */
export function coerceParam(spec: ParamSpec, raw: unknown): ParamValue {
  switch (spec.type) {
    case 'integer':
      return coerceInteger(spec, raw);
    case 'letters':
      return coerceLetters(spec, raw);
    case 'alphabet':
      return coerceAlphabet(spec, raw);
    case 'text':
      return coerceText(spec, raw);
    case 'select':
      return coerceSelect(spec, raw);
  }
}

/**
 * Validates raw parameters for a cipher: missing ones take their default, strings from forms and the
 * command line become typed values, and any mistake throws a `UserError` sentence naming the field.
 */
export function validateParams(
  cipher: Pick<Cipher, 'name' | 'params' | 'check'>,
  raw: RawParams = {},
): ParamValues {
  for (const key of Object.keys(raw)) {
    if (!cipher.params.some((spec) => spec.key === key)) {
      const known = cipher.params.map((spec) => spec.key);
      throw new UserError(
        known.length === 0
          ? `${cipher.name} takes no parameters, but "${key}" was given.`
          : `${cipher.name} has no parameter "${key}"; its parameters are: ${known.join(', ')}.`,
      );
    }
  }
  const values: Record<string, ParamValue> = {};
  for (const spec of cipher.params) {
    const given = raw[spec.key];
    values[spec.key] = coerceParam(spec, given === undefined ? spec.default : given);
  }
  cipher.check?.(values);
  return values;
}

/** Reads a validated integer parameter; a wrong type here is a bug in a cipher module, not a user mistake. */
export function intParam(params: ParamValues, key: string): number {
  const value = params[key];
  if (typeof value !== 'number') throw new Error(`Parameter "${key}" should be a validated integer.`);
  return value;
}

/** Reads a validated text parameter (text, letters, alphabet or select). */
export function textParam(params: ParamValues, key: string): string {
  const value = params[key];
  if (typeof value !== 'string') throw new Error(`Parameter "${key}" should be validated text.`);
  return value;
}
