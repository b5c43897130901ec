// The shape every contract call returns, and the one error type for mistakes a person can fix.

/** Error codes a caller may branch on. `internal` means a bug: its message is generic. */
export type ErrorCode =
  | 'invalid-request'
  | 'unknown-channel'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'invalid-pack'
  | 'conflict'
  | 'throttled'
  | 'wrong-answer'
  | 'corrupt-save'
  | 'internal';

export type Ok<T> = { ok: true; value: T };
export type Fail = { ok: false; code: ErrorCode; message: string };
export type Result<T> = Ok<T> | Fail;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Fail => ({ ok: false, code, message });

/**
 * A mistake made by a player or an author, with a plain sentence that says how to fix it.
 * Anything else thrown is a bug and is reported as a generic `internal` failure.
 */
export class UserError extends Error {
  readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode = 'invalid-input') {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

export const GENERIC_FAILURE =
  'Something went wrong inside Resonance. Your progress is safe; the details were written to the log file.';
