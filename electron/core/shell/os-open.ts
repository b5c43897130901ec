// Decides which puzzle packs the operating system asked us to open: from argv, a second instance or macOS open-file.
import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packExtension = '.rpack';

export type OsPlatform = 'win32' | 'darwin' | 'linux';

export interface OsOpenContext {
  /** process.platform; anything that is not Windows or macOS is treated like Linux. */
  platform: string;
  /**
   * process.defaultApp: true when started as `electron <app path> ...` in development, where the first
   * argument that is not a switch is the app path, not a file to open.
   */
  defaultApp: boolean;
  /** Folder that relative paths in argv are relative to (process.cwd(), or the second instance's). */
  workingDirectory: string;
}

export type RejectionCode = 'not-a-pack' | 'not-a-local-file';

export interface OpenRejection {
  /** The argument or path exactly as the OS handed it over. */
  input: string;
  code: RejectionCode;
  /** A sentence to show the player. */
  message: string;
}

export interface OpenRequest {
  /** Absolute paths of .rpack files, each once, in the order they arrived. */
  packs: string[];
  rejected: OpenRejection[];
}

export const emptyRequest = (): OpenRequest => ({ packs: [], rejected: [] });

const normalisePlatform = (platform: string): OsPlatform =>
  platform === 'win32' || platform === 'darwin' ? platform : 'linux';

const pathsFor = (platform: OsPlatform) => (platform === 'win32' ? win32 : posix);

/** Two spellings of one file count once: Windows paths ignore case and separator style. */
export function packKey(path: string, platform: string): string {
  return normalisePlatform(platform) === 'win32'
    ? win32.normalize(path).toLowerCase()
    : posix.normalize(path);
}

function displayName(input: string): string {
  return input.length > 120 ? `${input.slice(0, 117)}...` : input;
}

type Classified = { kind: 'pack'; path: string } | { kind: 'rejected'; rejection: OpenRejection };

/** Turns one path or file:// URL into an absolute .rpack path, or says why it is not one. */
function classify(input: string, platform: OsPlatform, workingDirectory: string): Classified {
  let path = input;
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) {
    // Linux desktop files pass %U, so file managers may hand over file:// URLs instead of paths.
    if (!input.toLowerCase().startsWith('file://')) {
      return {
        kind: 'rejected',
        rejection: {
          input,
          code: 'not-a-local-file',
          message: `"${displayName(input)}" is not a file on this computer. Save the puzzle pack (.rpack) to disk first, then open it.`,
        },
      };
    }
    try {
      path = fileURLToPath(input, { windows: platform === 'win32' });
    } catch {
      return {
        kind: 'rejected',
        rejection: {
          input,
          code: 'not-a-local-file',
          message: `"${displayName(input)}" does not point to a file on this computer. Open the puzzle pack (.rpack) from a local folder.`,
        },
      };
    }
  }
  const paths = pathsFor(platform);
  if (!paths.basename(path).toLowerCase().endsWith(packExtension)) {
    return {
      kind: 'rejected',
      rejection: {
        input,
        code: 'not-a-pack',
        message: `"${paths.basename(path) || displayName(input)}" is not a puzzle pack. Resonance opens puzzle packs whose names end in ${packExtension}.`,
      },
    };
  }
  return { kind: 'pack', path: paths.resolve(workingDirectory, path) };
}

/** Adds what `more` holds to `into`, skipping packs already there. */
export function mergeRequests(into: OpenRequest, more: OpenRequest, platform: string): OpenRequest {
  const seen = new Set(into.packs.map((path) => packKey(path, platform)));
  const packs = [...into.packs];
  for (const path of more.packs) {
    const key = packKey(path, platform);
    if (!seen.has(key)) {
      seen.add(key);
      packs.push(path);
    }
  }
  const rejectedInputs = new Set(into.rejected.map((rejection) => rejection.input));
  const rejected = [
    ...into.rejected,
    ...more.rejected.filter((rejection) => !rejectedInputs.has(rejection.input)),
  ];
  return { packs, rejected };
}

function fromPaths(inputs: readonly string[], platform: OsPlatform, workingDirectory: string): OpenRequest {
  let request = emptyRequest();
  for (const input of inputs) {
    const result = classify(input, platform, workingDirectory);
    const single: OpenRequest =
      result.kind === 'pack'
        ? { packs: [result.path], rejected: [] }
        : { packs: [], rejected: [result.rejection] };
    request = mergeRequests(request, single, platform);
  }
  return request;
}

/**
 * The files named on a command line: what Windows and Linux pass when a pack is double-clicked, both to the
 * first instance (process.argv) and to the running one ('second-instance' argv). Skips the executable,
 * switches (Chromium adds its own to a second instance's argv, macOS may add -psn_...), and in development
 * the app path after `electron`.
 */
export function packsFromArgv(argv: readonly string[], context: OsOpenContext): OpenRequest {
  const platform = normalisePlatform(context.platform);
  const positional: string[] = [];
  let switchesEnded = false;
  let appPathSkipped = !context.defaultApp;
  for (const arg of argv.slice(1)) {
    if (arg.trim() === '') continue;
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && arg.startsWith('-')) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    positional.push(arg);
  }
  return fromPaths(positional, platform, context.workingDirectory);
}

/** A path from macOS 'open-file' (Finder double-click, drag onto the Dock icon, `open file.rpack`). */
export function packFromOpenFile(
  path: string,
  context: Pick<OsOpenContext, 'platform' | 'workingDirectory'>,
): OpenRequest {
  return fromPaths([path], normalisePlatform(context.platform), context.workingDirectory);
}

/** What a second instance hands to requestSingleInstanceLock, so the running one need not re-parse argv. */
export interface SingleInstanceData {
  packPaths: string[];
}

/** The data a starting instance passes to app.requestSingleInstanceLock(data). */
export function singleInstanceData(request: OpenRequest): SingleInstanceData {
  return { packPaths: [...request.packs] };
}

function isSingleInstanceData(value: unknown): value is SingleInstanceData {
  if (typeof value !== 'object' || value === null || !('packPaths' in value)) return false;
  const { packPaths } = value;
  return Array.isArray(packPaths) && packPaths.every((path) => typeof path === 'string');
}

/**
 * What a second launch asked for, from the 'second-instance' event. Prefers the paths the second instance
 * worked out itself (additionalData), because Windows may rewrite argv on the way; falls back to argv.
 */
export function packsFromSecondInstance(
  argv: readonly string[],
  workingDirectory: string,
  additionalData: unknown,
  context: Pick<OsOpenContext, 'platform' | 'defaultApp'>,
): OpenRequest {
  const platform = normalisePlatform(context.platform);
  if (isSingleInstanceData(additionalData) && additionalData.packPaths.length > 0) {
    return fromPaths(additionalData.packPaths, platform, workingDirectory);
  }
  return packsFromArgv(argv, { ...context, workingDirectory });
}

export type OpenHandler = (request: OpenRequest) => void;

/**
 * Holds requests until the window can take them: macOS sends 'open-file' before the app is ready when a pack
 * launches it, and a second instance may knock while the window is still loading.
 */
export class OsOpenQueue {
  readonly #platform: string;
  #pending: OpenRequest = emptyRequest();
  #handler: OpenHandler | null = null;

  constructor(platform: string) {
    this.#platform = platform;
  }

  /** Hands the request on at once when a handler is attached; otherwise keeps it, merged with what waits. */
  push(request: OpenRequest): void {
    if (request.packs.length === 0 && request.rejected.length === 0) return;
    if (this.#handler !== null) {
      this.#handler(mergeRequests(emptyRequest(), request, this.#platform));
      return;
    }
    this.#pending = mergeRequests(this.#pending, request, this.#platform);
  }

  /** Attaches the handler (once the window is ready), delivers what waited, and returns a detach function. */
  attach(handler: OpenHandler): () => void {
    this.#handler = handler;
    const waiting = this.#pending;
    this.#pending = emptyRequest();
    if (waiting.packs.length > 0 || waiting.rejected.length > 0) handler(waiting);
    return () => {
      if (this.#handler === handler) this.#handler = null;
    };
  }

  /** What is waiting for a handler, for logging. */
  get pending(): OpenRequest {
    return { packs: [...this.#pending.packs], rejected: [...this.#pending.rejected] };
  }
}
