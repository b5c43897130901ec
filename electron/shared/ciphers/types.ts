// The shapes every cipher module shares: its parameter schema and its encrypt/decrypt pair.

export type ParamType = 'integer' | 'text' | 'letters' | 'alphabet' | 'select';

/** One parameter of a cipher. The same list drives the workbench form, the CLI options and validation. */
export interface ParamSpec {
  /** Stable name used in saved recipes and as the CLI option (`--key`). Never shown as a label. */
  readonly key: string;
  readonly label: string;
  readonly type: ParamType;
  readonly default: string | number;
  readonly min?: number;
  readonly max?: number;
  /** Allowed values of a `select` parameter. */
  readonly options?: readonly string[];
  readonly help?: string;
}

export type ParamValue = string | number;
/** Parameters after validation: integers are numbers, `letters` and `alphabet` values are capitals. */
export type ParamValues = Readonly<Record<string, ParamValue>>;
/** Parameters as they arrive from a form, a saved recipe or the command line. */
export type RawParams = Readonly<Record<string, unknown>>;

export interface CipherInfo {
  /** Stable identifier used in recipes, packs and the CLI. */
  readonly id: string;
  /** Display name; may change between versions, so it is never saved. */
  readonly name: string;
  /** How it works in plain words, including what happens to case and to characters it does not handle. */
  readonly description: string;
  readonly params: readonly ParamSpec[];
}

export interface Cipher extends CipherInfo {
  /** Rules across parameters or beyond the schema (affine's multiplier); throws `UserError`. */
  readonly check?: (params: ParamValues) => void;
  /** Validates `params` (filling defaults) and encrypts; throws `UserError` for bad parameters or input. */
  encrypt(text: string, params?: RawParams): string;
  /** Validates `params` (filling defaults) and decrypts; throws `UserError` for bad parameters or input. */
  decrypt(text: string, params?: RawParams): string;
}

export type Direction = 'encrypt' | 'decrypt';
