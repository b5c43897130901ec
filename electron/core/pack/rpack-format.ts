// The sealed .rpack layout: manifest, payload shapes and the cryptography shared by sealing and opening.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  scrypt as scryptCb,
} from 'node:crypto';
import { z } from 'zod';
import {
  longText,
  publicChapterSchema,
  publicClueSchema,
  publicDeductionSchema,
  publicFileBodySchema,
  publicFileSchema,
  publicLinkTypeSchema,
  publicPackInfoSchema,
  publicPuzzleSchema,
  publicSceneSchema,
  shortText,
} from '@shared/pack/public-schema';
import { HINT_RUNGS } from '@shared/pack/public-types';
import { KDF_COSTS, kdfUnits, MAX_CHECK_UNITS } from './kdf-cost';

export { KDF_COSTS };
export const RPACK_FORMAT = 'resonance-rpack';
/** Version 2: stable keys from the author's secret, signed builds, one KDF per check, time-locked hints. */
export const RPACK_VERSION = 2;
export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'manifest.sig';
export const CLEAR_NAME = 'clear.json';
export const BLOB_NAME = /^blobs\/[0-9]{4}\.bin$/;

/** Key slots of a gate are padded with decoys to a multiple of this, so their number tells little. */
export const SLOT_BLOCK = 16;
/** Most key slots one gate may have (answers, near misses and decoys). */
export const MAX_SLOTS = 128;

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(64 * 1024 * 1024);
const handle = z.string().regex(/^[0-9a-f]{12}$/);
const salt16 = z.string().regex(/^[A-Za-z0-9+/]{22}==$/);

export const kdfParamsSchema = z
  .strictObject({
    alg: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .refine((n) => n >= 2 && n <= 2 ** 20 && (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(4),
  })
  // At most 128 MB of memory per derivation.
  .refine((k) => 128 * k.N * k.r <= 128 * 1024 * 1024);
export type KdfParams = z.output<typeof kdfParamsSchema>;

export const manifestSchema = z.strictObject({
  format: z.literal(RPACK_FORMAT),
  formatVersion: z.number().int(),
  pack: publicPackInfoSchema.omit({ build: true }).extend({
    /** The author's Ed25519 public key: the signature in manifest.sig must verify under it. */
    identity: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  }),
  kdf: kdfParamsSchema,
  salt: salt16,
  /** The time-lock modulus shared by the pack's hint locks. */
  timelock: z.strictObject({ n: b64 }),
  clear: z.strictObject({ name: z.literal(CLEAR_NAME), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  blobs: z
    .array(
      z.strictObject({
        name: z.string().regex(BLOB_NAME),
        requires: z.array(handle).min(1).max(1000),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(5000),
});
export type Manifest = z.output<typeof manifestSchema>;

/** Most squarings one hint lock may ask for: about a day on a fast core. */
export const MAX_LOCK_SQUARINGS = 2 ** 38;

export const sealedHintsSchema = z.strictObject({
  nudge: longText,
  method: longText,
  /** Start value of the gate's time-lock, modulo the manifest's modulus. */
  x: b64,
  /** Squarings before the pinpoint rung (and per-slot feedback) opens. */
  pinAfter: z.number().int().min(0).max(MAX_LOCK_SQUARINGS),
  /** Further squarings, from the pinpoint value, before the reveal rung opens. */
  revealAfter: z.number().int().min(0).max(MAX_LOCK_SQUARINGS),
  pin: b64,
  reveal: b64,
});
export type SealedHints = z.output<typeof sealedHintsSchema>;

/** What the pinpoint lock opens: the rung's text and, for deductions with feedback, the slot verifiers. */
export const pinContentSchema = z.strictObject({
  text: longText,
  verifiers: z.array(z.strictObject({ slot: shortText.optional(), d: b64 })).max(MAX_SLOTS),
});
export const revealContentSchema = z.strictObject({ text: longText });

export const sealedGateSchema = z.strictObject({
  id: shortText,
  handle,
  /** The handle sealed under the content key, so a stored key can be checked. */
  check: b64,
  /** Salt of the gate's answer KDF: one derivation per guess, whatever the number of slots. */
  salt: salt16,
  puzzle: publicPuzzleSchema.optional(),
  deduction: publicDeductionSchema.optional(),
  symmetric: z.array(shortText).default([]),
  /** Key slots, all of one size, decoys included, in an order that says nothing. */
  slots: z.array(b64).max(MAX_SLOTS),
  hints: sealedHintsSchema,
  /** Per-slot feedback: the verifier KDF (one derivation per checked slot or link) and its salt. */
  feedback: z
    .strictObject({ kdf: kdfParamsSchema, salt: salt16, items: z.number().int().min(1).max(MAX_SLOTS) })
    .refine((f) => kdfUnits(f.kdf) * f.items <= MAX_CHECK_UNITS)
    .optional(),
});
export type SealedGate = z.output<typeof sealedGateSchema>;

export const payloadSchema = z.strictObject({
  linkTypes: z.array(publicLinkTypeSchema).default([]),
  chapters: z.array(publicChapterSchema),
  completed: z.array(shortText),
  scenes: z.array(publicSceneSchema),
  files: z.array(publicFileSchema),
  bodies: z.array(publicFileBodySchema),
  clues: z.array(publicClueSchema),
  gates: z.array(sealedGateSchema),
});
export type Payload = z.output<typeof payloadSchema>;

export const emptyPayload = (): Payload => ({
  linkTypes: [],
  chapters: [],
  completed: [],
  scenes: [],
  files: [],
  bodies: [],
  clues: [],
  gates: [],
});

/** What a key slot holds once opened: the gate's content key, or a keep-going message. */
export const slotContentSchema = z.union([
  z.strictObject({ t: z.literal('key'), k: b64 }),
  z.strictObject({ t: z.literal('keep'), m: longText }),
]);

// --- cryptography -------------------------------------------------------------------------------

const IV = 12;
const TAG = 16;

/**
 * AES-256-GCM. The nonce is derived from the key, the associated data and the plaintext (a synthetic IV),
 * so sealing is deterministic, builds are byte-identical, and a nonce repeats only for the very same message.
 */
export function seal(key: Uint8Array, plain: Uint8Array, aad: string): Buffer {
  const iv = createHmac('sha256', key)
    .update('resonance siv\0')
    .update(aad)
    .update('\0')
    .update(plain)
    .digest()
    .subarray(0, IV);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([c.update(plain), c.final()]);
  return Buffer.concat([iv, body, c.getAuthTag()]);
}

/** Returns undefined when the key is wrong or the data was altered (the GCM tag does not match). */
export function unseal(key: Uint8Array, data: Uint8Array, aad: string): Buffer | undefined {
  if (data.length < IV + TAG) return undefined;
  try {
    const d = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(data.subarray(data.length - TAG));
    return Buffer.concat([d.update(data.subarray(IV, data.length - TAG)), d.final()]);
  } catch {
    return undefined;
  }
}

/** Whether one derivation with these settings stays within the per-check bound. */
export const withinCheckBound = (params: KdfParams, derivations = 1): boolean =>
  kdfUnits(params) * derivations <= MAX_CHECK_UNITS;

export function kdf(secret: string, salt: Uint8Array, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(
      Buffer.from(secret, 'utf8'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** The key that opens one purpose's slots from a derived answer key. */
export const subKey = (derived: Uint8Array, purpose: 'slot' | 'verifier'): Buffer =>
  Buffer.from(hkdfSync('sha256', derived, Buffer.alloc(0), `resonance ${purpose} v2`, 32));

/** The key of a payload blob, from the content keys of every gate it requires, sorted by handle. */
export function blobKey(
  salt: Uint8Array,
  keys: readonly { handle: string; key: Uint8Array }[],
  name: string,
): Buffer {
  const sorted = [...keys].sort((a, b) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
  const ikm = Buffer.concat(sorted.map((k) => k.key));
  const info = `resonance rpack blob v2 ${name} ${sorted.map((k) => k.handle).join(',')}`;
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

/** A content key as the save stores it: `<gate handle>.<base64url key>`. */
export const encodeContentKey = (handle: string, key: Uint8Array): string =>
  `${handle}.${Buffer.from(key).toString('base64url')}`;

export function decodeContentKey(text: string): { handle: string; key: Buffer } | undefined {
  const m = /^([0-9a-f]{12})\.([A-Za-z0-9_-]{43})$/.exec(text);
  if (!m) return undefined;
  const key = Buffer.from(m[2]!, 'base64url');
  return key.length === 32 ? { handle: m[1]!, key } : undefined;
}

/** Short id of a build: the first 12 hex digits of its manifest's SHA-256. */
export const buildId = (manifestBytes: Uint8Array): string =>
  createHash('sha256').update(manifestBytes).digest('hex').slice(0, 12);

export const KEY_CHECK_AAD = 'resonance key check';

/** The text a fill slot's verifier is derived from: one place for sealing and opening. */
export const slotSecret = (slot: string, clue: string): string => `${slot}=${clue.trim().toLowerCase()}`;

export { HINT_RUNGS };
