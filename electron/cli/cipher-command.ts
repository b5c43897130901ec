// The `resonance cipher` command group.
import { EXIT, line, type CliIo } from './io';

export async function cipherCommand(_args: string[], io: CliIo): Promise<number> {
  line(io.stderr, 'The "cipher" commands are not part of this build yet.');
  return EXIT.usage;
}
