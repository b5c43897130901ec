// Entry point of the `resonance` command: dispatches to the `cipher` and `pack` command groups.
import { EXIT, line, type CliIo } from './io';

const USAGE = `Usage: resonance <group> <command> [options]

Groups:
  cipher   encrypt, decrypt and analyse text with the game's ciphers (resonance cipher --help)
  pack     create, check, build, verify and measure puzzle packs (resonance pack --help)`;

type Group = (args: string[], io: CliIo) => Promise<number>;

const groups: Record<string, () => Promise<Group>> = {
  cipher: async () => (await import('./cipher-command')).cipherCommand,
  pack: async () => (await import('./pack-command')).packCommand,
};

export async function main(args: string[], io: CliIo): Promise<number> {
  const [group, ...rest] = args;
  if (!group || group === '--help' || group === '-h' || group === 'help') {
    line(group ? io.stdout : io.stderr, USAGE);
    return group ? EXIT.ok : EXIT.usage;
  }
  const load = groups[group];
  if (!load) {
    line(io.stderr, `Unknown command group "${group}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  return (await load())(rest, io);
}
