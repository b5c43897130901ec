// Builds pack folders for tests: the base fixture with a broken case laid over it, in a temporary folder.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/packs');
export const BASE = join(FIXTURES, 'base');

/** The broken-pack cases: every fixture folder except the base pack. */
export async function caseNames(): Promise<string[]> {
  const entries = await readdir(FIXTURES, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && e.name !== 'base')
    .map((e) => e.name)
    .sort();
}

export async function tempDir(prefix = 'pack-'): Promise<string> {
  return mkdtemp(join(tmpdir(), `resonance-${prefix}`));
}

/** Copies the base pack, lays the case's files over it and deletes the paths listed in its remove.txt. */
export async function materialise(name?: string): Promise<string> {
  const root = await tempDir();
  const dir = join(root, name ?? 'base');
  await cp(BASE, dir, { recursive: true });
  if (name) {
    const caseDir = join(FIXTURES, name);
    await cp(caseDir, dir, {
      recursive: true,
      filter: (src) => !/[\\/](expected\.txt|remove\.txt)$/.test(src),
    });
    const remove = await readFile(join(caseDir, 'remove.txt'), 'utf8').catch(() => '');
    for (const rel of remove.split('\n').filter(Boolean))
      await rm(join(dir, rel), { recursive: true, force: true });
  }
  return dir;
}
