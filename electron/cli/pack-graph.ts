// `resonance pack graph <folder>`: the unlock map of a pack folder as a self-contained HTML page, or as
// Graphviz dot, Mermaid or JSON, with the checker's problems marked on the nodes.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatGraph, GRAPH_FORMATS, type GraphFormat } from '@core/dev/graph-formats';
import { unlockGraph } from '@core/dev/unlock-graph';
import { checkPack, formatProblem } from '@core/pack';
import { isUserError } from '@shared/result';
import { EXIT, line, type CliIo } from './io';

export const GRAPH_USAGE = `Usage: resonance pack graph <dir> [--format html|dot|mermaid|json] [-o file]

Draws what unlocks what: chapters, puzzles, deductions, files, clues, planted keys and "after" edges,
with the checker's warnings marked on the nodes.
  --format   html (the default: one page that opens offline), dot, mermaid or json
  -o file    where to write it; "-" for the terminal. By default html goes to <dir>-map.html beside
             the folder and the other formats to the terminal.`;

const isFormat = (value: string): value is GraphFormat =>
  (GRAPH_FORMATS as readonly string[]).includes(value);

export async function packGraphCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'html' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    line(io.stderr, `${(error as Error).message}\n\n${GRAPH_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    line(io.stdout, GRAPH_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    line(io.stderr, `"pack graph" takes exactly one pack folder.\n\n${GRAPH_USAGE}`);
    return EXIT.usage;
  }
  if (!isFormat(values.format)) {
    line(io.stderr, `The option --format takes ${GRAPH_FORMATS.join(', ')}, not "${values.format}".`);
    return EXIT.usage;
  }
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const dir = at(positionals[0]!);
  try {
    const { problems, source } = await checkPack(dir);
    if (!source) {
      for (const p of problems) line(io.stdout, formatProblem(p));
      line(
        io.stderr,
        'The map needs every file to pass its schema: fix the problems above, then draw it again.',
      );
      return EXIT.problem;
    }
    const text = formatGraph(unlockGraph(source, problems), values.format);
    const output =
      values.output ?? (values.format === 'html' ? join(dirname(dir), `${basename(dir)}-map.html`) : '-');
    if (output === '-') io.stdout.write(text);
    else {
      await writeFile(at(output), text);
      line(io.stdout, `Wrote the unlock map to ${output}.`);
    }
    return EXIT.ok;
  } catch (error) {
    if (isUserError(error)) {
      line(io.stderr, error.message);
      return EXIT.usage;
    }
    throw error;
  }
}
