// `resonance pack dev <folder>`: opens the game on an unsealed pack folder in dev mode (the desktop app
// started with --pack), or with --no-window only checks the folder on every save, in the terminal.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DevPack } from '@core/dev/dev-pack';
import type { Logger } from '@core/logger';
import { EXIT, line, type CliIo } from './io';

export const DEV_USAGE = `Usage: resonance pack dev <dir> [--no-window]

Plays the pack folder in the game as a dev build: every save is checked, problems are listed in the
game's dev panel and here, and a pack that checks is reloaded into the running game, keeping your
progress. Answer checks cost nothing and wrong answers never make you wait.
  --no-window   only check the folder on every save and print the problems here`;

const root = resolve(import.meta.dirname, '../..');

/** Checks the folder now and after every save, printing to `io`, until `until` settles. */
export async function watchInTerminal(dir: string, io: CliIo, until: Promise<unknown>): Promise<void> {
  const log: Logger = {
    info: (m) => line(io.stderr, m),
    warn: (m) => line(io.stderr, m),
    error: (m) => line(io.stderr, m),
  };
  const dev = new DevPack({ folder: dir, log, terminal: (text) => line(io.stdout, text) });
  await dev.rebuild();
  await dev.watch();
  line(io.stderr, `Watching ${dir}: save a file to check it again. Press Ctrl+C to stop.`);
  await until;
  await dev.close();
}

/** The Electron binary, without the download its package would otherwise try on first use. */
function electronBinary(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return override;
  try {
    const pkg = createRequire(join(root, 'package.json')).resolve('electron/package.json');
    const pathFile = join(pkg, '..', 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(pkg, '..', 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

export async function packDevCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { 'no-window': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    line(io.stderr, `${(error as Error).message}\n\n${DEV_USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    line(io.stdout, DEV_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    line(io.stderr, `"pack dev" takes exactly one pack folder.\n\n${DEV_USAGE}`);
    return EXIT.usage;
  }
  const dir = isAbsolute(positionals[0]!) ? positionals[0]! : resolve(io.cwd, positionals[0]!);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    line(io.stderr, `${positionals[0]} is not a folder: give the folder that holds pack.yaml.`);
    return EXIT.usage;
  }

  if (values['no-window']) {
    await watchInTerminal(dir, io, new Promise((done) => process.once('SIGINT', () => done(undefined))));
    return EXIT.ok;
  }

  const binary = electronBinary();
  if (!binary) {
    line(
      io.stderr,
      'The Electron app is not installed on this machine, so the game window cannot open: run "npx install-electron" once, or use "resonance pack dev <dir> --no-window" to check the folder on every save.',
    );
    return EXIT.usage;
  }
  if (!existsSync(join(root, 'out/main/index.js'))) {
    line(io.stderr, 'The app is not built yet: run "npm run build" once, then "resonance pack dev" again.');
    return EXIT.usage;
  }
  const child = spawn(binary, [root, '--pack', dir], { stdio: 'inherit' });
  return new Promise((done) => {
    child.on('error', (error) => {
      line(io.stderr, `The game could not be started: ${error.message}.`);
      done(EXIT.usage);
    });
    child.on('exit', (code) => done(code === 0 ? EXIT.ok : EXIT.problem));
  });
}
