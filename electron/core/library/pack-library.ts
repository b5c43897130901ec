// Knows which packs can be played: the built-in ones sealed at build time and shipped with the app, and
// those the player installed (kept as .rpack files in the data folder). Pack files are opened only
// through openPack, which validates them; a damaged one is listed as unavailable, never fatal.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { PackSummary } from '../../shared/contract';
import { ID_PATTERN } from '../../shared/ids';
import { UserError, isUserError } from '../../shared/result';
import type { Logger } from '../logger';
import { LIMITS } from '../pack/limits';
import { openPack, type SealedPack } from '../pack/open-pack';

const EXTENSION = '.rpack';

interface PackFile {
  id: string;
  file: string;
  builtIn: boolean;
  mtimeMs: number;
  pack: SealedPack;
}

export class PackLibrary {
  private cache = new Map<string, PackFile>();

  constructor(
    private readonly builtinDir: string,
    private readonly installDir: string,
    private readonly log: Logger,
  ) {}

  /** Every playable pack, built-in ones first, each with its sealed pack opened and validated. */
  private scan(): PackFile[] {
    const found: PackFile[] = [];
    const seen = new Set<string>();
    for (const [dir, builtIn] of [
      [this.builtinDir, true],
      [this.installDir, false],
    ] as const) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith(EXTENSION)) continue;
        const file = join(dir, name);
        const entry = this.read(file, builtIn);
        if (!entry) continue;
        if (seen.has(entry.id)) {
          this.log.warn(`Ignored ${file}: a pack with the id "${entry.id}" is already available.`);
          continue;
        }
        seen.add(entry.id);
        found.push(entry);
      }
    }
    return found;
  }

  private read(file: string, builtIn: boolean): PackFile | undefined {
    try {
      const mtimeMs = statSync(file).mtimeMs;
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === mtimeMs) return cached;
      const pack = openPack(new Uint8Array(readFileSync(file)));
      const entry = { id: pack.info.id, file, builtIn, mtimeMs, pack };
      this.cache.set(file, entry);
      return entry;
    } catch (error) {
      this.log.warn(
        `Skipped the pack ${file}: ${isUserError(error) ? error.message : 'it could not be read.'}`,
        error,
      );
      return undefined;
    }
  }

  /** Summaries for the library screen; `progress` maps a pack id to 0..1. */
  list(progress: (packId: string, pack: SealedPack) => number = () => 0): PackSummary[] {
    return this.scan().map(({ id, builtIn, pack }) => ({
      id,
      title: pack.info.title,
      author: pack.info.author,
      version: pack.info.version,
      description: pack.info.description,
      builtIn,
      progress: progress(id, pack),
    }));
  }

  /** A fresh copy of a pack to play: each open game holds its own unlocked state. */
  open(packId: string): SealedPack {
    const entry = this.scan().find((p) => p.id === packId);
    if (!entry)
      throw new UserError(
        `There is no pack "${packId}" installed. Install it from the Packs screen.`,
        'not-found',
      );
    this.cache.delete(entry.file);
    const fresh = this.read(entry.file, entry.builtIn);
    if (!fresh)
      throw new UserError(`The pack "${packId}" could not be opened: install it again.`, 'invalid-pack');
    return fresh.pack;
  }

  /** Installs a pack from its bytes, replacing an older install of the same pack. */
  install(bytes: Uint8Array, sourceName = 'the file'): PackSummary {
    const pack = openPack(bytes);
    const id = pack.info.id;
    if (!ID_PATTERN.test(id))
      throw new UserError(
        `${sourceName} has an invalid pack id "${id}": ask its author to fix the id in pack.yaml and build it again.`,
        'invalid-pack',
      );
    const existing = this.scan().find((p) => p.id === id);
    if (existing?.builtIn) {
      throw new UserError(
        `${sourceName} uses the id "${id}", which belongs to a built-in pack. Give the pack another id in its pack.yaml and build it again.`,
        'conflict',
      );
    }
    mkdirSync(this.installDir, { recursive: true });
    const target = join(this.installDir, `${id}${EXTENSION}`);
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target);
    this.cache.delete(target);
    this.log.info(`Installed the pack "${id}" ${pack.info.version} from ${sourceName}.`);
    return { ...this.list().find((p) => p.id === id)! };
  }

  /** Installs a pack from a path the host chose (a dialog, the OS, a command line), never from the page. */
  installFile(path: string): PackSummary {
    const name = basename(path);
    if (!name.toLowerCase().endsWith(EXTENSION)) {
      throw new UserError(
        `"${name}" is not a Resonance pack: choose a file ending in .rpack.`,
        'invalid-pack',
      );
    }
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      throw new UserError(
        `"${name}" could not be found or read: check that the file still exists.`,
        'not-found',
      );
    }
    if (size > LIMITS.maxPackBytes) {
      throw new UserError(
        `"${name}" is larger than ${LIMITS.maxPackBytes / 1048576} MB, the most Resonance opens.`,
        'invalid-pack',
      );
    }
    return this.install(new Uint8Array(readFileSync(path)), `"${name}"`);
  }

  /** Removes an installed pack. Built-in packs cannot be removed. */
  remove(packId: string): void {
    const entry = this.scan().find((p) => p.id === packId);
    if (!entry)
      throw new UserError(`There is no pack "${packId}" installed: refresh the Packs screen.`, 'not-found');
    if (entry.builtIn)
      throw new UserError(`"${entry.pack.info.title}" is built in and cannot be removed.`, 'conflict');
    rmSync(entry.file, { force: true });
    this.cache.delete(entry.file);
    this.log.info(`Removed the pack "${packId}".`);
  }
}
