// Knows which packs can be played: the built-in ones sealed at build time and shipped with the app, and
// those the player installed (kept as .rpack files in the data folder). Pack files are opened only
// through openPack, which validates them; a damaged one is listed as damaged, with a way to remove it,
// never fatal to the rest of the library.
import { createHash } from 'node:crypto';
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
import type { PackSummary } from '@shared/contract';
import { ID_PATTERN } from '@shared/ids';
import { UserError, isUserError } from '@shared/result';
import type { Logger } from '../logger';
import { LIMITS } from '../pack/limits';
import { openPack, type SealedPack } from '../pack/open-pack';
import { describeDiskError, isDiskError } from '../saves/disk-errors';
import { compareVersions } from './versions';

/** Pack ids name save files: longer ones would break file-name limits on some systems. */
export const MAX_PACK_ID = 64;
const EXTENSION = '.rpack';

interface PackFile {
  id: string;
  file: string;
  builtIn: boolean;
  mtimeMs: number;
  pack: SealedPack;
}

/** A pack file that could not be opened: listed so the player can see it and remove it. */
interface DamagedFile {
  id: string;
  file: string;
  builtIn: boolean;
  mtimeMs: number;
  problem: string;
}

/** How a pack being installed relates to the one already installed under its id. */
export type InstallRelation =
  /** Nothing with this id is installed. */
  | 'new'
  /** The same author's newer version: saves carry over. */
  | 'update'
  /** The same author's older version. */
  | 'downgrade'
  /** The same author's same version, but another build. */
  | 'reinstall'
  /** This exact build is installed already. */
  | 'same-build'
  /** Another author (or a pack without an identity on either side) using the same id. */
  | 'different-pack';

export interface InstallPlan {
  relation: InstallRelation;
  incoming: SealedPack;
  installed?: PackSummary;
}

export class PackLibrary {
  private cache = new Map<string, PackFile | DamagedFile>();

  constructor(
    private readonly builtinDir: string,
    private readonly installDir: string,
    private readonly log: Logger,
    /** Opens and validates a pack file's bytes; tests may wrap it. */
    private readonly openBytes: (bytes: Uint8Array) => SealedPack = openPack,
  ) {}

  /** Every pack file, built-in ones first: the good ones opened and validated, the others as damaged. */
  private scanAll(): (PackFile | DamagedFile)[] {
    const found: (PackFile | DamagedFile)[] = [];
    const seen = new Set<string>();
    for (const [dir, builtIn] of [
      [this.builtinDir, true],
      [this.installDir, false],
    ] as const) {
      let names: string[];
      try {
        names = existsSync(dir) ? readdirSync(dir).sort() : [];
      } catch (error) {
        this.log.warn(`Could not list the packs in ${dir}.`, error);
        continue;
      }
      for (const name of names) {
        if (!name.endsWith(EXTENSION)) continue;
        const entry = this.read(join(dir, name), builtIn);
        if (seen.has(entry.id)) {
          this.log.warn(`Ignored ${entry.file}: a pack with the id "${entry.id}" is already available.`);
          continue;
        }
        seen.add(entry.id);
        found.push(entry);
      }
    }
    return found;
  }

  /** The playable packs. */
  private scan(): PackFile[] {
    return this.scanAll().filter((e): e is PackFile => 'pack' in e);
  }

  private read(file: string, builtIn: boolean): PackFile | DamagedFile {
    let mtimeMs = 0;
    try {
      mtimeMs = statSync(file).mtimeMs;
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === mtimeMs) return cached;
      const pack = this.openBytes(new Uint8Array(readFileSync(file)));
      const id = pack.info.id;
      if (!isPackId(id)) throw invalidId(`The file ${basename(file)}`, id);
      const entry = { id, file, builtIn, mtimeMs, pack };
      this.cache.set(file, entry);
      return entry;
    } catch (error) {
      const problem = isUserError(error) ? error.message : 'It could not be read.';
      this.log.warn(`The pack ${file} is damaged: ${problem}`, error);
      const entry: DamagedFile = { id: damagedId(file), file, builtIn, mtimeMs, problem };
      this.cache.set(file, entry);
      return entry;
    }
  }

  /**
   * Summaries for the library screen; `progress` maps a pack id to 0..1 and may throw: a pack whose
   * saves cannot be read is listed with the problem, and the other packs are listed as usual.
   */
  list(progress: (packId: string, pack: SealedPack) => number = () => 0): PackSummary[] {
    return this.scanAll().map((entry) => {
      if (!('pack' in entry)) {
        return {
          id: entry.id,
          title: basename(entry.file),
          author: '',
          version: '',
          description: '',
          builtIn: entry.builtIn,
          progress: 0,
          damaged: `${basename(entry.file)} cannot be played: ${entry.problem}`,
        };
      }
      const { id, builtIn, pack } = entry;
      let measured = 0;
      let savesProblem: string | undefined;
      try {
        measured = progress(id, pack);
      } catch (error) {
        savesProblem = isUserError(error) ? error.message : 'Its saves could not be read.';
        this.log.warn(`Could not read the saves of "${id}".`, error);
      }
      return {
        ...summaryOf(pack, builtIn),
        progress: measured,
        ...(savesProblem ? { savesProblem } : {}),
      };
    });
  }

  /** A fresh copy of a pack to play: each open game holds its own unlocked state. */
  open(packId: string): SealedPack {
    const entry = this.scanAll().find((p) => p.id === packId);
    if (!entry)
      throw new UserError(
        `There is no pack "${packId}" installed. Install it from the Packs screen.`,
        'not-found',
      );
    if (!('pack' in entry))
      throw new UserError(`${entry.problem} Remove it on the Packs screen.`, 'invalid-pack');
    this.cache.delete(entry.file);
    const fresh = this.read(entry.file, entry.builtIn);
    if (!('pack' in fresh))
      throw new UserError(`The pack "${packId}" could not be opened: install it again.`, 'invalid-pack');
    return fresh.pack;
  }

  /** The installed pack with this id, if any (for comparing an update against it). */
  installed(packId: string): { summary: PackSummary; pack: SealedPack } | undefined {
    const entry = this.scan().find((p) => p.id === packId);
    return entry && { summary: summaryOf(entry.pack, entry.builtIn), pack: entry.pack };
  }

  /**
   * Opens a pack file's bytes and says how it relates to what is installed, without installing it.
   * Throws a UserError for a file that can never be installed.
   */
  plan(bytes: Uint8Array, sourceName = 'the file'): InstallPlan {
    const incoming = this.openBytes(bytes);
    const id = incoming.info.id;
    if (!isPackId(id)) throw invalidId(sourceName, id);
    const existing = this.scan().find((p) => p.id === id);
    if (existing?.builtIn) {
      throw new UserError(
        `${sourceName} uses the id "${id}", which belongs to a built-in pack. Give the pack another id in its pack.yaml and build it again.`,
        'conflict',
      );
    }
    if (!existing) return { relation: 'new', incoming };
    return {
      relation: relationOf(existing.pack, incoming),
      incoming,
      installed: summaryOf(existing.pack, false),
    };
  }

  /**
   * Installs a pack from its bytes. Replacing an installed pack of the same id happens only when
   * `replace` is true: the caller has asked the player first.
   */
  install(bytes: Uint8Array, sourceName = 'the file', options: { replace?: boolean } = {}): PackSummary {
    const { relation, incoming } = this.plan(bytes, sourceName);
    const id = incoming.info.id;
    if (relation !== 'new' && options.replace !== true) {
      throw new UserError(
        `A pack with the id "${id}" is installed already. Confirm that ${sourceName} should replace it.`,
        'conflict',
      );
    }
    const target = join(this.installDir, `${id}${EXTENSION}`);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      mkdirSync(this.installDir, { recursive: true });
      writeFileSync(temp, bytes);
      renameSync(temp, target);
    } catch (error) {
      if (!isDiskError(error)) throw error;
      rmSync(temp, { force: true });
      throw new UserError(
        `${sourceName} could not be installed: ${describeDiskError(error)}. The packs you had are unchanged; fix that and install it again.`,
        'conflict',
      );
    }
    this.cache.delete(target);
    this.log.info(`Installed the pack "${id}" ${incoming.info.version} from ${sourceName}.`);
    return summaryOf(incoming, false);
  }

  /** Installs a pack from a path the host chose (a dialog, the OS, a command line), never from the page. */
  readFile(path: string): { bytes: Uint8Array; name: string } {
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
    return { bytes: new Uint8Array(readFileSync(path)), name };
  }

  /** Installs a pack file from a path; replacing an installed pack needs `replace` (see `install`). */
  installFile(path: string, options: { replace?: boolean } = {}): PackSummary {
    const { bytes, name } = this.readFile(path);
    return this.install(bytes, `"${name}"`, options);
  }

  /** Removes an installed pack, or a damaged pack file. Built-in packs cannot be removed. */
  remove(packId: string): void {
    const entry = this.scanAll().find((p) => p.id === packId);
    if (!entry)
      throw new UserError(`There is no pack "${packId}" installed: refresh the Packs screen.`, 'not-found');
    if (entry.builtIn) {
      const title = 'pack' in entry ? entry.pack.info.title : basename(entry.file);
      throw new UserError(`"${title}" is built in and cannot be removed.`, 'conflict');
    }
    rmSync(entry.file, { force: true });
    this.cache.delete(entry.file);
    this.log.info(`Removed the pack "${packId}" (${entry.file}).`);
  }
}

function summaryOf(pack: SealedPack, builtIn: boolean): PackSummary {
  const { id, title, author, version, description, build } = pack.info;
  return { id, title, author, version, description, builtIn, progress: 0, ...(build ? { build } : {}) };
}

function relationOf(installed: SealedPack, incoming: SealedPack): InstallRelation {
  const a = installed.info;
  const b = incoming.info;
  if (!a.identity || !b.identity || a.identity !== b.identity) return 'different-pack';
  if (a.build && b.build && a.build === b.build) return 'same-build';
  const order = compareVersions(b.version, a.version);
  return order > 0 ? 'update' : order < 0 ? 'downgrade' : 'reinstall';
}

export const isPackId = (id: string): boolean => id.length <= MAX_PACK_ID && ID_PATTERN.test(id);

function invalidId(sourceName: string, id: string): UserError {
  const shown = id.length > 80 ? `${id.slice(0, 60)}…` : id;
  return new UserError(
    id.length > MAX_PACK_ID
      ? `${sourceName} has a pack id of ${id.length} characters ("${shown}"); ids may have at most ${MAX_PACK_ID}. Ask its author to shorten the id in pack.yaml and build it again.`
      : `${sourceName} has an invalid pack id "${shown}": ask its author to fix the id in pack.yaml (lowercase letters, digits and single hyphens) and build it again.`,
    'invalid-pack',
  );
}

/** A stable, path-safe id for a damaged file, so the window can ask to remove exactly that file. */
function damagedId(file: string): string {
  return `damaged-${createHash('sha256').update(file).digest('hex').slice(0, 16)}`;
}
