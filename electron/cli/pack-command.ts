// The `resonance pack` command group: new, check, build, verify and stats.
import { writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import {
  buildPack,
  SECRET_FILE,
  checkPack,
  formatProblem,
  hasErrors,
  PackProblemsError,
  scaffold,
  stats,
  verify,
} from '../core/pack';
import { isUserError } from '../shared/result';
import { EXIT, line, type CliIo } from './io';

const USAGE = `Usage: resonance pack <command> [options]

Commands:
  new <dir>                      create a small playable pack to start from
  check <dir> [--json]           validate a pack; one problem per line (file:line:col: message)
  build <dir> [-o file.rpack]    seal the pack into one .rpack file to share
  verify <dir|file.rpack> [--walkthrough file]
                                 replay walkthrough.yaml against the sealed build
  stats <dir> --json             print counts of chapters, files, puzzles, clues, hints and words
  dev <dir> [--no-window]        play the folder live in the game; reloads on every save
  graph <dir> [--format html|dot|mermaid|json] [-o file]
                                 draw what unlocks what, with the checker's warnings marked

Exit codes: 0 fine, 1 problems in the pack, 2 bad usage.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['-o', '--output', '--walkthrough', '--cost']);

function parse(args: string[]): Parsed | string {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('-')) {
      if (VALUE_FLAGS.has(a)) {
        const v = args[++i];
        if (v === undefined) return `The option ${a} needs a value.`;
        flags.set(a === '--output' ? '-o' : a, v);
      } else flags.set(a, true);
    } else positional.push(a);
  }
  return { positional, flags };
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

export async function packCommand(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'dev') return (await import('./pack-dev')).packDevCommand(rest, io);
  if (command === 'graph') return (await import('./pack-graph')).packGraphCommand(rest, io);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    line(command ? io.stdout : io.stderr, USAGE);
    return command ? EXIT.ok : EXIT.usage;
  }
  const parsed = parse(rest);
  if (typeof parsed === 'string') {
    line(io.stderr, `${parsed}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { positional, flags } = parsed;
  const allowed: Record<string, string[]> = {
    new: [],
    check: ['--json'],
    build: ['-o', '--cost'],
    verify: ['--walkthrough', '--cost'],
    stats: ['--json'],
  };
  const known = allowed[command];
  if (!known) {
    line(io.stderr, `Unknown pack command "${command}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  const unknown = [...flags.keys()].filter((f) => !known.includes(f));
  if (unknown.length > 0 || positional.length !== 1) {
    line(
      io.stderr,
      `${unknown.length ? `Unknown option ${unknown[0]} for "pack ${command}".` : `"pack ${command}" takes exactly one folder or file.`}\n\n${USAGE}`,
    );
    return EXIT.usage;
  }
  const cost = flags.get('--cost');
  if (cost !== undefined && cost !== 'normal' && cost !== 'fast') {
    line(io.stderr, 'The option --cost takes normal or fast.');
    return EXIT.usage;
  }
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(io.cwd, p));
  const target = at(positional[0]!);

  try {
    switch (command) {
      case 'new': {
        const files = await scaffold(target);
        line(io.stdout, `Created a starter pack in ${positional[0]} (${files.length} files).`);
        line(
          io.stdout,
          `Next: resonance pack check ${positional[0]}, then resonance pack build ${positional[0]}.`,
        );
        return EXIT.ok;
      }
      case 'check': {
        const { problems } = await checkPack(target);
        if (flags.has('--json')) line(io.stdout, JSON.stringify(problems, null, 2));
        else {
          for (const p of problems) line(io.stdout, formatProblem(p));
          if (!hasErrors(problems))
            line(
              io.stderr,
              `The pack is fine${problems.length ? ` (${problems.length} warning${problems.length > 1 ? 's' : ''})` : ''}.`,
            );
        }
        return hasErrors(problems) ? EXIT.problem : EXIT.ok;
      }
      case 'build': {
        const bar = progress(io, 'Sealing');
        const built = await buildPack(target, {
          onProgress: bar.update,
          createSecret: true,
          ...(cost ? { cost } : {}),
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
        const out = flags.get('-o');
        const file = typeof out === 'string' ? at(out) : join(dirname(target), `${basename(target)}.rpack`);
        await writeFile(file, built.bytes);
        line(io.stdout, `Sealed ${file} (${Math.ceil(built.bytes.length / 1024)} KB), build ${built.build}.`);
        return EXIT.ok;
      }
      case 'verify': {
        const bar = progress(io, 'Building');
        const walkthrough = flags.get('--walkthrough');
        const result = await verify(target, {
          onProgress: bar.update,
          ...(typeof walkthrough === 'string' ? { walkthrough: at(walkthrough) } : {}),
          ...(cost ? { cost } : {}),
        });
        bar.end();
        if (result.failure) {
          line(io.stdout, formatProblem(result.failure));
          return EXIT.problem;
        }
        line(
          io.stdout,
          `The walkthrough solves the sealed pack: all ${result.total} steps unlocked what they should.`,
        );
        return EXIT.ok;
      }
      case 'stats': {
        const s = await stats(target);
        if (flags.has('--json')) line(io.stdout, JSON.stringify(s, null, 2));
        else {
          const puzzles =
            Object.entries(s.puzzles)
              .map(([c, n]) => `${c} ${n}`)
              .join(', ') || 'none';
          line(
            io.stdout,
            `chapters ${s.chapters}, files ${s.files.length} (${s.files.filter((f) => f.locked).length} locked), puzzles: ${puzzles}, deductions ${s.deductions}, clues ${s.clues}, hints ${s.hints}, words ${s.words}`,
          );
        }
        return EXIT.ok;
      }
    }
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
  return EXIT.usage;
}
