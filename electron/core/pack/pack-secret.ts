// The author's pack secret and everything sealing derives from it: stable gate handles and content keys
// (so saves outlive rebuilds), deterministic nonces (so builds are reproducible) and the signing key.
import { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '@shared/result';

/** The file beside pack.yaml that holds the secret. The loader ignores dot files, so it is never sealed. */
export const SECRET_FILE = '.pack-secret';
const SECRET_PREFIX = 'resonance-pack-secret-v1:';

/** A 32-byte secret; derivations never expose it. */
export class PackSecret {
  private constructor(private readonly bytes: Buffer) {}

  static fromBytes(bytes: Uint8Array): PackSecret {
    if (bytes.length !== 32) throw new UserError('A pack secret is 32 bytes.', 'invalid-pack');
    return new PackSecret(Buffer.from(bytes));
  }

  static random(): PackSecret {
    return new PackSecret(randomBytes(32));
  }

  /** The text form kept in `.pack-secret`. */
  toText(): string {
    return `${SECRET_PREFIX}${this.bytes.toString('base64url')}\n`;
  }

  static parse(text: string, where: string): PackSecret {
    const t = text.trim();
    const m = t.startsWith(SECRET_PREFIX) ? /^[A-Za-z0-9_-]{43}$/.exec(t.slice(SECRET_PREFIX.length)) : null;
    if (!m)
      throw new UserError(
        `${where} is not a pack secret (it should be one line starting "${SECRET_PREFIX}"): restore it from your backup, or delete it to start a new one (players' saves then carry over by replaying their answers).`,
        'invalid-pack',
      );
    return PackSecret.fromBytes(Buffer.from(m[0], 'base64url'));
  }

  /** 32 bytes for one purpose; `parts` are joined unambiguously. */
  derive(purpose: string, ...parts: (string | Uint8Array)[]): Buffer {
    const h = createHmac('sha256', this.bytes);
    h.update(`resonance ${purpose}`);
    for (const p of parts) {
      const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(b.length);
      h.update(len).update(b);
    }
    return h.digest();
  }

  /** A deterministic stream of `length` bytes for one purpose (HMAC in counter mode). */
  stream(purpose: string, length: number, ...parts: (string | Uint8Array)[]): Buffer {
    const out: Buffer[] = [];
    for (let i = 0; out.length * 32 < length; i++) out.push(this.derive(purpose, ...parts, String(i)));
    return Buffer.concat(out).subarray(0, length);
  }

  /** The Ed25519 key that signs the pack's builds; its public half is the pack's identity. */
  signingKey(): { privateKey: ReturnType<typeof createPrivateKey>; identity: string } {
    const seed = this.derive('signing key');
    // PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410).
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
    const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
    return { privateKey, identity: Buffer.from(spki.subarray(spki.length - 32)).toString('base64') };
  }
}

/** The SPKI form of an identity (a raw Ed25519 public key), for verifying a build's signature. */
export function identityKey(identity: string): ReturnType<typeof createPublicKey> | undefined {
  const raw = Buffer.from(identity, 'base64');
  if (raw.length !== 32) return undefined;
  try {
    return createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]),
      format: 'der',
      type: 'spki',
    });
  } catch {
    return undefined;
  }
}

export interface SecretSource {
  secret: PackSecret;
  /** How the secret was found, for the build's report. */
  origin: 'given' | 'file' | 'created' | 'ephemeral';
}

/**
 * The secret of the pack in `dir`: given, read from `.pack-secret`, created there when `create` is set,
 * or else a one-off secret (the build then works, but the next build will not reopen players' keys).
 */
export async function packSecret(
  dir: string,
  options: { secret?: PackSecret; create?: boolean } = {},
): Promise<SecretSource> {
  if (options.secret) return { secret: options.secret, origin: 'given' };
  const file = join(dir, SECRET_FILE);
  if (existsSync(file))
    return { secret: PackSecret.parse(await readFile(file, 'utf8'), file), origin: 'file' };
  const secret = PackSecret.random();
  if (options.create) {
    await writeFile(file, secret.toText(), { mode: 0o600, flag: 'wx' });
    return { secret, origin: 'created' };
  }
  return { secret, origin: 'ephemeral' };
}

export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');
