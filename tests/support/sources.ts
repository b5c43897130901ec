// The project's own source files, for tests that keep a list or pattern written in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** Production source folders: what the game and its tools are built from (tests and fixtures excluded). */
const PRODUCTION = ['electron', 'renderer/src', 'scripts'];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|svelte|js)$/.test(entry.name)) yield path;
  }
}

/** Project-relative paths of the production source files whose text contains `text`. */
export function sourcesContaining(text: string): string[] {
  return PRODUCTION.flatMap((folder) => [...sourceFiles(join(projectRoot, folder))])
    .filter((file) => readFileSync(file, 'utf8').includes(text))
    .map((file) => relative(projectRoot, file).split('\\').join('/'))
    .sort();
}
