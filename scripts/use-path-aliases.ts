// Rewrites relative imports that climb into electron/shared or electron/core to the @shared and @core aliases.
// Usage: tsx scripts/use-path-aliases.ts [--check]   (--check changes nothing and fails if a climb is left)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

const root = resolve(import.meta.dirname, '..');

/** Alias → folder, relative to the project root; tsconfig.base.json and scripts/path-aliases.ts say the same. */
const TARGETS: [alias: string, folder: string][] = [
  ['@shared', 'electron/shared'],
  ['@core', 'electron/core'],
];

const SCANNED = ['renderer', 'electron', 'tests', 'scripts'];
const SKIPPED = new Set(['node_modules', 'fixtures', 'out']);
/** This script's own test holds climbs as data to rewrite: they are strings, not imports. */
const DATA_FILES = new Set(['tests/scripts/use-path-aliases.test.ts']);
const EXTENSIONS = /\.(ts|mts|js|mjs|svelte)$/;

// Module specifiers in import/export statements, dynamic imports and Vitest's module helpers.
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.(?:mock|doMock|unmock|importActual|importMock)(?:<[^>]*>)?\(\s*)(['"])(\.\.?\/[^'"\n]*)\2/g;

const toPosix = (path: string) => path.split(sep).join('/');

/** The alias form of one relative specifier, or undefined when it stays as it is. */
export function aliasFor(specifier: string, importer: string, projectRoot = root): string | undefined {
  const target = toPosix(relative(projectRoot, resolve(dirname(importer), specifier)));
  const from = toPosix(relative(projectRoot, importer));
  for (const [alias, folder] of TARGETS) {
    const inside = target === folder || target.startsWith(`${folder}/`);
    // Imports within one folder stay relative: only climbs in from outside it are rewritten.
    if (inside && !from.startsWith(`${folder}/`)) return alias + target.slice(folder.length);
  }
  return undefined;
}

/** The file's text with every climb into electron/shared or electron/core replaced, and how many there were. */
export function rewriteSource(
  text: string,
  importer: string,
  projectRoot = root,
): { text: string; count: number } {
  let count = 0;
  const rewritten = text.replace(SPECIFIER, (whole, lead: string, quote: string, specifier: string) => {
    const alias = aliasFor(specifier, importer, projectRoot);
    if (alias === undefined) return whole;
    count += 1;
    return `${lead}${quote}${alias}${quote}`;
  });
  return { text: rewritten, count };
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (EXTENSIONS.test(entry.name)) yield path;
  }
}

async function main(check: boolean): Promise<number> {
  let files = 0;
  let imports = 0;
  for (const folder of SCANNED) {
    for (const file of sourceFiles(join(root, folder))) {
      if (DATA_FILES.has(toPosix(relative(root, file)))) continue;
      const source = readFileSync(file, 'utf8');
      const { text, count } = rewriteSource(source, file);
      if (count === 0) continue;
      files += 1;
      imports += count;
      if (check)
        console.log(
          `${toPosix(relative(root, file))}: ${count} import(s) climb into electron/ instead of using an alias`,
        );
      // Shorter paths can let Prettier join an import back onto one line, so each rewritten file is reformatted.
      else writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
    }
  }
  if (check) {
    if (imports > 0) console.log(`Run "npx tsx scripts/use-path-aliases.ts" to rewrite them.`);
    return imports > 0 ? 1 : 0;
  }
  console.log(`Rewrote ${imports} import(s) in ${files} file(s) to @shared/@core.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.includes('--check'));
}
