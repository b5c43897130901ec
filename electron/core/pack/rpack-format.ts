// The sealed .rpack layout: manifest, payload shapes and the cryptography shared by sealing and opening.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt as scryptCb } from 'node:crypto';
import { z } from 'zod';
import { HINT_RUNGS } from '../../shared/pack/public-types';

export const RPACK_FORMAT = 'resonance-rpack';
export const RPACK_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const CLEAR_NAME = 'clear.json';
export const BLOB_NAME = /^blobs\/[0-9]{4}\.bin$/;

/**
 * KDF costs. `normal` makes every offline guess cost tens of milliseconds per key slot while an answer
 * check still feels instant; `fast` exists only so tests and benchmarks of everything else run quickly.
 */
export const KDF_COSTS = {
  normal: { alg: 'scrypt', N: 2 ** 14, r: 8, p: 1 },
  fast: { alg: 'scrypt', N: 2 ** 4, r: 1, p: 1 },
} as const;

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(64 * 1024 * 1024);
const handle = z.string().regex(/^[0-9a-f]{12}$/);

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
  // A hostile pack must not make each answer check allocate more than 64 MB or run for long.
  .refine((k) => 128 * k.N * k.r <= 64 * 1024 * 1024 && k.N * k.r * k.p <= 2 ** 19);
export type KdfParams = z.output<typeof kdfParamsSchema>;

/** Most key slots (or verifiers) one gate may have, which bounds the work of one answer check. */
export const MAX_SLOTS = 128;

const shortText = z.string().max(10_000);
const longText = z.string().max(8 * 1024 * 1024);

export const manifestSchema = z.strictObject({
  format: z.literal(RPACK_FORMAT),
  formatVersion: z.number().int(),
  pack: z.strictObject({
    id: shortText,
    title: shortText,
    version: shortText,
    author: shortText,
    license: shortText,
    description: shortText,
    language: shortText,
    chapterCount: z.number().int().min(1).max(1000),
    gateCount: z.number().int().min(0).max(100_000),
  }),
  kdf: kdfParamsSchema,
  salt: b64,
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

const sealed = z.strictObject({ s: b64, d: b64 });
const hintSchema = z.strictObject({
  rung: z.enum(HINT_RUNGS),
  text: longText,
});
const clueKind = z.enum(['person', 'place', 'event', 'object', 'document', 'signature']);

const publicPuzzle = z.strictObject({
  id: shortText,
  title: shortText,
  chapter: shortText,
  cipher: shortText,
  ciphertext: longText,
  prompt: longText,
  keepSpaces: z.boolean(),
  timer: z.number().optional(),
  teach: z.strictObject({ tool: shortText, text: longText }).optional(),
  locks: z.array(shortText),
});
const publicDeduction = z.discriminatedUnion('kind', [
  z.strictObject({
    id: shortText,
    chapter: shortText,
    title: shortText,
    kind: z.literal('fill'),
    sentence: longText,
    slots: z.array(z.strictObject({ name: shortText, kind: clueKind })),
    feedback: z.boolean(),
  }),
  z.strictObject({
    id: shortText,
    chapter: shortText,
    title: shortText,
    kind: z.literal('links'),
    prompt: longText,
    linkCount: z.number().int(),
    feedback: z.boolean(),
  }),
]);

export const sealedGateSchema = z.strictObject({
  id: shortText,
  handle,
  /** The handle encrypted under the content key, so a stored key can be checked. */
  check: b64,
  puzzle: publicPuzzle.optional(),
  deduction: publicDeduction.optional(),
  symmetric: z.array(shortText).default([]),
  slots: z.array(sealed).max(MAX_SLOTS),
  verifiers: z.array(z.strictObject({ slot: shortText.optional(), s: b64, d: b64 })).max(MAX_SLOTS),
  /** The hint ladder, sealed with hintKey (see there for what that protects). */
  hints: b64,
});
export type SealedGate = z.output<typeof sealedGateSchema>;

export const payloadSchema = z.strictObject({
  linkTypes: z.array(z.strictObject({ id: shortText, label: shortText, symmetric: z.boolean() })).default([]),
  chapters: z.array(
    z.strictObject({
      id: shortText,
      index: z.number().int(),
      title: shortText,
      summary: shortText,
      opening: shortText,
      closing: shortText,
    }),
  ),
  completed: z.array(shortText),
  scenes: z.array(z.strictObject({ id: shortText, title: shortText, html: longText })),
  files: z.array(
    z.strictObject({
      id: shortText,
      title: shortText,
      kind: z.enum(['message', 'log', 'chat', 'memo', 'transcript', 'signature', 'image']),
      folder: shortText,
      chapter: shortText,
      from: shortText.optional(),
      date: shortText.optional(),
      lockedBy: shortText.optional(),
      ciphertext: longText.optional(),
    }),
  ),
  bodies: z.array(
    z.strictObject({ id: shortText, html: longText, image: longText.optional(), alt: shortText.optional() }),
  ),
  clues: z.array(
    z.strictObject({
      id: shortText,
      kind: clueKind,
      title: shortText,
      text: longText,
      date: shortText.optional(),
      source: z.strictObject({ file: shortText, quote: longText }),
    }),
  ),
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

export function seal(key: Uint8Array, plain: Uint8Array, aad: string): Buffer {
  const iv = randomBytes(IV);
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

/** The key of a payload blob, from the content keys of every gate it requires, sorted by handle. */
export function blobKey(
  salt: Uint8Array,
  keys: readonly { handle: string; key: Uint8Array }[],
  name: string,
): Buffer {
  const sorted = [...keys].sort((a, b) => (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0));
  const ikm = Buffer.concat(sorted.map((k) => k.key));
  const info = `resonance rpack blob v1 ${name} ${sorted.map((k) => k.handle).join(',')}`;
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

export const KEY_CHECK_AAD = 'resonance key check';

export const hintsSchema = z.array(hintSchema).max(10);

/**
 * The key of a gate's hint envelope. Hints travel in the payload that makes the gate available, so for
 * gates inside a sealed blob the blob's own encryption protects them; the envelope adds only that the
 * reveal rung of a gate open from the start is not readable by unzipping the file and searching it.
 */
export function hintKey(salt: Uint8Array, handle: string): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.concat([Buffer.from(salt), Buffer.from(handle)]),
      salt,
      'resonance rpack hints v1',
      32,
    ),
  );
}
