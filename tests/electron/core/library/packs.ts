// Sealed packs for the library tests: the scaffold pack, sealed at the fast cost with its id, version or
// author changed (each author with their own secret), and an opener that can take a pack's signing
// identity away, as packs sealed before signing lack one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPack } from '@core/pack/check-pack';
import { openPack, type SealedPack } from '@core/pack/open-pack';
import { PackSecret } from '@core/pack/pack-secret';
import { sealSource } from '@core/pack/seal-pack';
import { scaffold } from '@core/pack/scaffold';

export const PACK = 'relay-inbox';

export interface Variant {
  id?: string;
  version?: string;
  author?: string;
  description?: string;
}

/** One signing secret per author, as each author keeps their own `.pack-secret`. */
const secrets = new Map<string, PackSecret>();

/** Seals the scaffold pack with `variant` applied to its pack.yaml, with its author's secret. */
export async function sealVariant(variant: Variant = {}): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'resonance-library-'));
  const dir = join(work, PACK);
  await scaffold(dir);
  const { source, problems } = await checkPack(dir);
  if (!source) throw new Error(`The scaffold did not load: ${problems.map((p) => p.message).join('; ')}`);
  Object.assign(source.meta, variant);
  const author = source.meta.author;
  if (!secrets.has(author)) secrets.set(author, PackSecret.random());
  return (await sealSource(source, { cost: 'fast', secret: secrets.get(author)! })).bytes;
}

/** Writes bytes to a file named `name` in a fresh folder; returns its path. */
export function packFile(bytes: Uint8Array, name = `${PACK}.rpack`): string {
  const file = join(mkdtempSync(join(tmpdir(), 'resonance-packfile-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** Opens packs as usual, except that those by `author` show no signing identity. */
export function unsignedFrom(author: string): (bytes: Uint8Array) => SealedPack {
  return (bytes) => {
    const pack = openPack(bytes);
    if (pack.info.author === author) delete pack.info.identity;
    return pack;
  };
}
