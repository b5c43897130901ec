// `npm run bench`: runs every scripts/bench/*.bench.ts and prints one JSON line per figure.
// Figures are compared as ratios within one run; absolute numbers depend on the machine.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from './bench/figure';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => AsyncIterable<Figure> };
  try {
    for await (const figure of mod.default()) console.log(JSON.stringify(figure));
  } catch (error) {
    failed = true;
    console.error(`bench ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
