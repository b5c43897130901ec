// Dev mode's view of an unsealed pack folder: checks it on every change, seals each version that checks
// in memory with the dev KDF cost, and keeps the last good build while an edit is broken.
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { DevProblem, DevStartPoint } from '@shared/dev-types';
import { isUserError } from '@shared/result';
import { checkPack } from '../pack/check-pack';
import type { PackSource } from '../pack/load-source';
import { formatProblem, hasErrors, type Problem } from '../pack/problems';
import { packSecret, type PackSecret } from '../pack/pack-secret';
import { sealSource } from '../pack/seal-pack';
import type { Logger } from '../logger';

export interface DevBuild {
  /** 1 for the first build that checked, then one more for each rebuild. */
  number: number;
  source: PackSource;
  /** The sealed pack, an ordinary .rpack in memory. */
  bytes: Uint8Array;
  problems: Problem[];
  ms: number;
}

export interface DevPackOptions {
  folder: string;
  log: Logger;
  /** Where problem lines and reload notes go besides the panel (the terminal that started dev mode). */
  terminal?: (line: string) => void;
  /** Quiet time after the last change before a rebuild starts. */
  debounceMs?: number;
}

export const devProblem = (p: Problem): DevProblem => ({
  severity: p.severity,
  file: p.file,
  line: p.line,
  col: p.col,
  message: p.message,
  text: formatProblem(p),
});

/** Chapters, then each chapter's puzzles and deductions, for the "start from here" list. */
export function startPoints(source: PackSource): DevStartPoint[] {
  return source.meta.chapters.flatMap((c): DevStartPoint[] => [
    { id: c.id, kind: 'chapter', title: c.title },
    ...source.puzzles.items
      .filter((p) => p.chapter === c.id)
      .map((p): DevStartPoint => ({ id: p.id, kind: 'puzzle', title: p.title })),
    ...source.deductions.items
      .filter((d) => d.chapter === c.id)
      .map((d): DevStartPoint => ({ id: d.id, kind: 'deduction', title: d.title })),
  ]);
}

/** True for paths the loader ignores anyway: anything inside a folder or file whose name starts with a dot. */
const hidden = (folder: string, path: string): boolean =>
  relative(folder, path)
    .split(sep)
    .some((part) => part.startsWith('.') && part !== '..' && part !== '.');

export class DevPack {
  readonly folder: string;
  private good: DevBuild | undefined;
  private secret: PackSecret | undefined;
  private latest: Problem[] = [];
  private watcher: FSWatcher | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(build: DevBuild | undefined) => Promise<void> | void>();

  constructor(private readonly options: DevPackOptions) {
    this.folder = options.folder;
  }

  /** The build the game runs: the newest one that checked. */
  get current(): DevBuild | undefined {
    return this.good;
  }

  /** Problems of the newest version of the folder, which may be newer than the build the game runs. */
  get problems(): Problem[] {
    return this.latest;
  }

  /** True when the newest edit does not check and the game still runs an older build. */
  get stale(): boolean {
    return hasErrors(this.latest) && this.good !== undefined;
  }

  /** Called after each check: with the new build when it checked, with undefined when it did not. */
  onChecked(listener: (build: DevBuild | undefined) => Promise<void> | void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks and seals the folder now (after any check already running). Never throws for pack problems. */
  rebuild(): Promise<void> {
    this.running = this.running.then(() => this.check());
    return this.running;
  }

  private async check(): Promise<void> {
    const started = Date.now();
    const say = (text: string) => this.options.terminal?.(text);
    let build: DevBuild | undefined;
    try {
      const { problems, source } = await checkPack(this.folder);
      this.latest = problems;
      for (const p of problems) say(formatProblem(p));
      if (source && !hasErrors(problems)) {
        // The author's own secret when the pack has one, else one kept for this run, so every rebuild
        // derives the same keys; dev mode never writes a secret into the folder.
        this.secret ??= (await packSecret(this.folder)).secret;
        const { bytes } = await sealSource(source, { cost: 'dev', secret: this.secret });
        build = { number: (this.good?.number ?? 0) + 1, source, bytes, problems, ms: Date.now() - started };
        this.good = build;
        say(`Build ${build.number} checked and loaded in ${build.ms} ms.`);
      } else
        say(
          this.good
            ? 'The game keeps running the last build that checked: fix the problems above and save again.'
            : 'Fix the problems above and save again: the game starts once the pack checks.',
        );
    } catch (error) {
      // A folder that vanished or a sealing bug must never stop the game: report it and keep the last build.
      const message = isUserError(error)
        ? error.message
        : 'The pack could not be checked; the details are in the log.';
      if (!isUserError(error)) this.options.log.error(`Checking ${this.folder} failed.`, error);
      this.latest = [{ severity: 'error', file: '.', line: 0, col: 0, path: '', message }];
      say(formatProblem(this.latest[0]!));
    }
    for (const listener of this.listeners) {
      try {
        await listener(build);
      } catch (error) {
        this.options.log.error('A dev mode reload failed.', error);
      }
    }
  }

  /** Watches the folder and rebuilds shortly after each burst of changes. */
  watch(): Promise<void> {
    if (this.watcher) return Promise.resolve();
    const watcher = watch(this.folder, {
      ignoreInitial: true,
      ignored: (path) => hidden(this.folder, path),
    });
    this.watcher = watcher;
    watcher.on('all', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.rebuild(), this.options.debounceMs ?? 120);
    });
    watcher.on('error', (error) => this.options.log.warn(`Watching ${this.folder} failed.`, error));
    return new Promise((resolve) => watcher.once('ready', () => resolve()));
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher?.close();
    this.watcher = undefined;
    await this.running;
  }
}
