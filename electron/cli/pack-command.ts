// The `resonance pack` command group.
import { EXIT, line, type CliIo } from './io';

export async function packCommand(_args: string[], io: CliIo): Promise<number> {
  line(io.stderr, 'The "pack" commands are not part of this build yet.');
  return EXIT.usage;
}
