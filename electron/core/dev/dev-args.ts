// Reads `--pack <folder>` (or `--pack=<folder>`) from the app's command line: the pack folder to play in
// dev mode. The rest of the command line is handed on unchanged, so the folder is never taken for a pack
// file the OS asked the app to open.
import { isAbsolute, resolve } from 'node:path';

export function devPackFromArgv(
  argv: readonly string[],
  cwd: string,
): { folder: string | undefined; argv: string[] } {
  const rest: string[] = [];
  let folder: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--pack' && i + 1 < argv.length) folder = argv[++i];
    else if (arg.startsWith('--pack=')) folder = arg.slice('--pack='.length);
    else rest.push(arg);
  }
  if (folder !== undefined && folder.trim() !== '')
    folder = isAbsolute(folder) ? folder : resolve(cwd, folder);
  else folder = undefined;
  return { folder, argv: rest };
}
