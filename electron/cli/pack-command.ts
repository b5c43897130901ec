// The `resonance pack` command group: create, check, build, verify and measure puzzle packs.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  buildPack,
  checkPack,
  formatProblem,
  hasErrors,
  PackProblemsError,
  SECRET_FILE,
  scaffold,
  stats,
  verify,
} from '@core/pack';
import { isUserError } from '@shared/result';
import { EXIT, line, type CliIo } from './io';
import { cheapestTable, strengthTable } from './strength-table';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

/** What a subcommand gets once its options are parsed. */
export interface PackCommandContext {
  io: CliIo;
  /** The folder or file named on the command line, as typed. */
  arg: string;
  /** The same, resolved against the working directory. */
  target: string;
  values: Values;
  /** Resolves another path given on the command line. */
  at: (path: string) => string;
}

/** One `resonance pack` subcommand: its help text, its options and what it does. */
export interface PackSubcommand {
  /** The usage line and what it does, as `pack --help` lists it. */
  usage: string;
  /** The longer help `pack <command> --help` prints. */
  help: string;
  options: Options;
  run(ctx: PackCommandContext): Promise<number>;
}

const cost = { type: 'string' } as const;

/** The --cost value, already checked to be normal or fast by packCommand. */
function costValue(values: Values): 'normal' | 'fast' | undefined {
  const c = values['cost'];
  return c === 'normal' || c === 'fast' ? c : undefined;
}

/** Shows progress on stderr only once an operation has taken more than a moment. */
function progress(
  io: CliIo,
  label: string,
): { update: (done: number, total: number) => void; end: () => void } {
  const started = Date.now();
  let shown = false;
  let lastPercent = -1;
  return {
    update(done, total) {
      if (Date.now() - started < 700 || total === 0) return;
      const percent = Math.floor((done / total) * 100);
      if (percent === lastPercent || (percent % 10 !== 0 && done !== total)) return;
      lastPercent = percent;
      shown = true;
      io.stderr.write(`${label}: ${percent}% (${done}/${total} key slots)\n`);
    },
    end() {
      if (shown) io.stderr.write(`${label}: done\n`);
    },
  };
}

const COMMANDS: Record<string, PackSubcommand> = {
  new: {
    usage: 'new <dir>                      create a small playable pack to start from',
    help: 'Usage: resonance pack new <dir>\n\nWrites a small, playable two-chapter pack into <dir>, which must be empty or missing.',
    options: {},
    async run({ io, arg, target }) {
      const files = await scaffold(target);
      line(io.stdout, `Created a starter pack in ${arg} (${files.length} files).`);
      line(io.stdout, `Next: resonance pack check ${arg}, then resonance pack build ${arg}.`);
      return EXIT.ok;
    },
  },
  check: {
    usage: 'check <dir> [--json]           validate a pack; one problem per line (file:line:col: message)',
    help: `Usage: resonance pack check <dir> [--json]

Checks a pack folder and prints one problem per line (file:line:col: message) on standard output, then, on
standard error, a table of every gate's strength: the guesses an offline attacker needs (log2) and what they
cost in core-hours at the pack's KDF setting.

  --json   print the problems as a JSON list of {severity, file, line, col, path, message}

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 bad usage.`,
    options: { json: { type: 'boolean' } },
    async run({ io, target, values }) {
      const { problems, source, strengths } = await checkPack(target, { strength: true });
      if (values['json']) {
        line(io.stdout, JSON.stringify(problems, null, 2));
        return hasErrors(problems) ? EXIT.problem : EXIT.ok;
      }
      for (const p of problems) line(io.stdout, formatProblem(p));
      if (source && strengths) line(io.stderr, strengthTable(strengths, source.meta.kdf?.cost ?? 'normal'));
      if (!hasErrors(problems))
        line(
          io.stderr,
          `The pack is fine${problems.length ? ` (${problems.length} warning${problems.length > 1 ? 's' : ''})` : ''}.`,
        );
      return hasErrors(problems) ? EXIT.problem : EXIT.ok;
    },
  },
  build: {
    usage: 'build <dir> [-o file.rpack]    seal the pack into one .rpack file to share',
    help: `Usage: resonance pack build <dir> [-o file.rpack] [--cost normal|fast]

Checks the pack and seals it into one .rpack file (by default <dir>.rpack next to the folder).

  -o, --output <file>   where to write the .rpack
  --cost normal|fast    override the KDF cost of pack.yaml (fast is for tests only)`,
    options: { output: { type: 'string', short: 'o' }, cost },
    async run({ io, target, values, at }) {
      const bar = progress(io, 'Sealing');
      const c = costValue(values);
      const built = await buildPack(target, {
        onProgress: bar.update,
        createSecret: true,
        ...(c ? { cost: c } : {}),
      });
      bar.end();
      for (const p of built.problems) line(io.stderr, formatProblem(p));
      if (built.secretOrigin === 'created')
        line(
          io.stderr,
          `Created ${join(target, SECRET_FILE)}: the pack's secret. Keep it with your sources and back it up, but never share it: builds made with it keep players' progress and prove the pack is yours.`,
        );
      if (built.cost === 'fast')
        line(
          io.stderr,
          'warning: this pack is sealed with the fast KDF cost, so its answers can be guessed quickly from the file; remove "kdf: { cost: fast }" from pack.yaml before sharing it.',
        );
      const out = values['output'];
      const file = typeof out === 'string' ? at(out) : join(dirname(target), `${basename(target)}.rpack`);
      await writeFile(file, built.bytes);
      line(io.stdout, `Sealed ${file} (${Math.ceil(built.bytes.length / 1024)} KB), build ${built.build}.`);
      return EXIT.ok;
    },
  },
  verify: {
    usage: `verify <dir|file.rpack> [--walkthrough file]
                                 replay walkthrough.yaml against the sealed build`,
    help: `Usage: resonance pack verify <dir|file.rpack> [--walkthrough file] [--cost normal|fast]

Builds the folder (or opens the .rpack) and replays the walkthrough through the same code the game uses,
naming the first step that does not unlock what it should. A .rpack holds no walkthrough: pass the pack
folder's walkthrough.yaml; when that folder holds files newer than the .rpack, a warning says so.

  --walkthrough <file>  the walkthrough to replay against a .rpack
  --cost normal|fast    KDF cost when building a folder`,
    options: { walkthrough: { type: 'string' }, cost },
    async run({ io, target, values, at }) {
      const bar = progress(io, 'Building');
      const walkthrough = values['walkthrough'];
      const c = costValue(values);
      const result = await verify(target, {
        onProgress: bar.update,
        ...(typeof walkthrough === 'string' ? { walkthrough: at(walkthrough) } : {}),
        ...(c ? { cost: c } : {}),
      });
      bar.end();
      if (result.stale)
        line(
          io.stderr,
          `warning: ${result.stale.rpack} is older than ${result.stale.newer}, changed since it was built, so this verifies an old version: rebuild it with "resonance pack build".`,
        );
      if (result.failure) {
        line(io.stdout, formatProblem(result.failure));
        return EXIT.problem;
      }
      line(
        io.stdout,
        `The walkthrough solves the sealed pack: all ${result.total} steps unlocked what they should.`,
      );
      return EXIT.ok;
    },
  },
  stats: {
    usage: `stats <dir|file.rpack> [--json]
                                 print counts of chapters, files, puzzles, clues, hints and words,
                                 and the gates cheapest to brute-force`,
    help: `Usage: resonance pack stats <dir|file.rpack> [--json]

Counts chapters, files, puzzles per cipher, deductions, clues, hint rungs and words, and lists the gates
cheapest to brute-force offline (log2 guesses and core-hours at the pack's KDF setting). On a .rpack it
shows only what can be read without any answer: the open gates, and the deductions judged from the cards
on the board at the start.

  --json   print the figures as JSON`,
    options: { json: { type: 'boolean' } },
    async run({ io, target, values }) {
      const s = await stats(target);
      if (values['json']) {
        line(io.stdout, JSON.stringify(s, null, 2));
        return EXIT.ok;
      }
      const puzzles =
        Object.entries(s.puzzles)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ') || 'none';
      line(
        io.stdout,
        `chapters ${s.chapters}, files ${s.files.length} (${s.files.filter((f) => f.locked).length} locked), puzzles: ${puzzles}, deductions ${s.deductions}, clues ${s.clues}, hints ${s.hints}, words ${s.words}`,
      );
      line(io.stdout, cheapestTable(s));
      return EXIT.ok;
    },
  },
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage}`);
  return `Usage: resonance pack <command> [options]

Commands:
${lines.join('\n')}
  dev <dir> [--no-window]        play the folder live in the game; reloads on every save
  graph <dir> [--format html|dot|mermaid|json] [-o file]
                                 draw what unlocks what, with the checker's warnings marked
  <command> --help               show help for one command

Exit codes: 0 fine, 1 problems in the pack, 2 bad usage.`;
}

const isHelp = (a: string | undefined): boolean => a === '--help' || a === '-h' || a === 'help';

/** The sentence for a parseArgs refusal, without its advice about "--", which pack paths never need. */
function argumentProblem(e: unknown, command: string): string | undefined {
  if (!(e instanceof TypeError) || !('code' in e) || typeof e.code !== 'string') return undefined;
  if (!e.code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option} for "pack ${command}".`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(e.message)
      ? `The option ${option.split(' ')[1]?.replace(/,$/, '') ?? option} needs a value.`
      : `The option ${option} takes a value after it, not this.`;
  return e.message.split('.')[0] + '.';
}

export async function packCommand(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'dev') return (await import('./pack-dev')).packDevCommand(rest, io);
  if (command === 'graph') return (await import('./pack-graph')).packGraphCommand(rest, io);
  if (command === undefined || isHelp(command)) {
    line(command ? io.stdout : io.stderr, usage());
    return command ? EXIT.ok : EXIT.usage;
  }
  const sub = COMMANDS[command];
  if (!sub) {
    line(io.stderr, `Unknown pack command "${command}".\n\n${usage()}`);
    return EXIT.usage;
  }
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { ...sub.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    const problem = argumentProblem(e, command);
    if (problem === undefined) throw e;
    line(io.stderr, `${problem}\n\n${sub.help}`);
    return EXIT.usage;
  }
  if (values['help']) {
    line(io.stdout, sub.help);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    line(io.stderr, `"pack ${command}" takes exactly one folder or file.\n\n${sub.help}`);
    return EXIT.usage;
  }
  const c = values['cost'];
  if (c !== undefined && c !== 'normal' && c !== 'fast') {
    line(io.stderr, 'The option --cost takes normal or fast.');
    return EXIT.usage;
  }
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const arg = positionals[0]!;
  try {
    return await sub.run({ io, arg, target: at(arg), values, at });
  } catch (e) {
    if (e instanceof PackProblemsError) {
      for (const p of e.problems) line(io.stdout, formatProblem(p));
      line(io.stderr, 'Fix the problems above, then build again.');
      return EXIT.problem;
    }
    if (isUserError(e)) {
      line(io.stderr, e.message);
      // Problems inside a pack exit 1; a missing folder, a clash or a missing option is bad usage.
      return e.code === 'invalid-pack' || e.code === 'corrupt-save' ? EXIT.problem : EXIT.usage;
    }
    throw e;
  }
}
