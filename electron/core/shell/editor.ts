// Opening a pack source at a line in the author's editor: the command in RESONANCE_EDITOR, else VISUAL or
// EDITOR when it names an editor that can be told a line; otherwise the caller opens the file the system's way.
import { win32 } from 'node:path';
import { parse } from 'shell-quote';

export interface EditorLaunch {
  command: string;
  args: string[];
}

/** Editors that open a file at a line from the command line, and how each is told the line. */
const LINE_ARGS: Record<string, (file: string, line: number) => string[]> = {
  code: (file, line) => ['--goto', `${file}:${line}`],
  'code-insiders': (file, line) => ['--goto', `${file}:${line}`],
  codium: (file, line) => ['--goto', `${file}:${line}`],
  cursor: (file, line) => ['--goto', `${file}:${line}`],
  subl: (file, line) => [`${file}:${line}`],
  zed: (file, line) => [`${file}:${line}`],
  mate: (file, line) => ['--line', String(line), file],
  idea: (file, line) => ['--line', String(line), file],
  webstorm: (file, line) => ['--line', String(line), file],
  gvim: (file, line) => [`+${line}`, file],
  mvim: (file, line) => [`+${line}`, file],
};

/** The words of a command line, or undefined when it holds anything but plain words (pipes, globs...). */
function words(command: string, env: Record<string, string | undefined>): string[] | undefined {
  // A Windows path's backslashes are not escapes: split on spaces outside double quotes.
  if (command.includes('\\')) return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
  const parsed = parse(command, (name) => env[name] ?? '');
  if (parsed.some((w) => typeof w !== 'string')) return undefined;
  return parsed as string[];
}

/**
 * How to open `file` at `line`, or undefined when no editor is set that can be told a line.
 * RESONANCE_EDITOR is a command whose `{file}` and `{line}` are filled in (the file goes last when it has
 * no `{file}`), for example `code --goto {file}:{line}` or `emacsclient -n +{line} {file}`.
 */
export function editorLaunch(
  env: Record<string, string | undefined>,
  file: string,
  line: number,
): EditorLaunch | undefined {
  const at = Math.max(1, Math.floor(line));
  const template = env['RESONANCE_EDITOR']?.trim();
  if (template) {
    const parts = words(template, env);
    if (!parts || parts.length === 0) return undefined;
    const filled = parts.map((w) => w.replaceAll('{file}', file).replaceAll('{line}', String(at)));
    if (!parts.some((w) => w.includes('{file}'))) filled.push(file);
    return { command: filled[0]!, args: filled.slice(1) };
  }
  for (const name of ['VISUAL', 'EDITOR']) {
    const parts = env[name]?.trim() ? words(env[name]!, env) : undefined;
    if (!parts || parts.length === 0) continue;
    // win32's basename takes both kinds of separator.
    const editor = win32
      .basename(parts[0]!)
      .replace(/\.(exe|cmd|bat)$/i, '')
      .toLowerCase();
    const lineArgs = LINE_ARGS[editor];
    if (lineArgs) return { command: parts[0]!, args: [...parts.slice(1), ...lineArgs(file, at)] };
  }
  return undefined;
}

export interface OpenAtLineDeps {
  env: Record<string, string | undefined>;
  /** Starts a program and leaves it running; reports a program that cannot be started through `onError`. */
  spawn(command: string, args: string[], onError: () => void): void;
  /** Opens a file in the program the OS uses for it. */
  openPath(path: string): void;
}

/**
 * Opens a file at a line in the author's editor when one is set, else the system's way (without the line).
 * Says which it did; an editor that cannot be started falls back to the system's way.
 */
export function openAtLine(deps: OpenAtLineDeps, path: string, line: number): 'editor' | 'system' {
  const launch = editorLaunch(deps.env, path, line);
  if (!launch) {
    deps.openPath(path);
    return 'system';
  }
  deps.spawn(launch.command, launch.args, () => deps.openPath(path));
  return 'editor';
}
