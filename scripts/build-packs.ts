// Seals every built-in pack in puzzles/ into out/packs/<id>.rpack, the form the game plays.
// A sealed file newer than both its pack's sources and the sealing code is left as it is.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildPack } from '@core/pack/seal-pack.ts';
import { formatProblem, hasErrors } from '@core/pack/problems.ts';

const root = resolve(import.meta.dirname, '..');
const sources = join(root, 'puzzles');
const target = join(root, 'out/packs');

function newestMtime(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

// Sealing depends on this code too: a change to it reseals every pack.
const engine = Math.max(
  ...['electron/core/pack', 'electron/shared/pack', 'electron/shared/answers', 'electron/shared/ciphers'].map(
    (dir) => newestMtime(join(root, dir)),
  ),
);

mkdirSync(target, { recursive: true });
let failed = false;
for (const entry of readdirSync(sources, { withFileTypes: true })) {
  const dir = join(sources, entry.name);
  if (!entry.isDirectory() || !existsSync(join(dir, 'pack.yaml'))) continue;
  const out = join(target, `${entry.name}.rpack`);
  if (
    existsSync(out) &&
    statSync(out).mtimeMs >= Math.max(engine, newestMtime(dir)) &&
    !process.argv.includes('--force')
  )
    continue;
  const started = Date.now();
  const result = await buildPack(dir);
  if (hasErrors(result.problems)) {
    failed = true;
    console.error(`The built-in pack ${relative(root, dir)} has problems:`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    continue;
  }
  writeFileSync(out, result.bytes);
  console.log(
    `Sealed ${relative(root, dir)} -> ${relative(root, out)} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}
process.exitCode = failed ? 1 : 0;
