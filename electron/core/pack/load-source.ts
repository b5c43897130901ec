// Loads a pack source folder defensively: safe paths only, size limits, strict UTF-8, located problems.
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { z } from 'zod';
import {
  cluesFileSchema,
  deductionsFileSchema,
  fileFrontMatterSchema,
  packMetaSchema,
  puzzlesFileSchema,
  sceneFrontMatterSchema,
  walkthroughFileSchema,
  type Clue,
  type Deduction,
  type FileFrontMatter,
  type PackMeta,
  type Puzzle,
  type SceneFrontMatter,
  type WalkthroughStep,
} from '@shared/pack/source-schema';
import { UserError } from '@shared/result';
import { LIMITS } from './limits';
import type { Problem } from './problems';
import { readYaml, validate, type YamlSource } from './yaml-source';

export interface SourceMarkdown<F> {
  /** Path relative to the pack folder, forward slashes. */
  rel: string;
  front: F;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  src: YamlSource;
}

export interface SourceVaultFile extends SourceMarkdown<FileFrontMatter> {
  /** Folder under files/ shown in the vault ('' for the root). */
  folder: string;
}

export interface SourceList<T> {
  items: T[];
  src: YamlSource | undefined;
  /** Name of the file the list came from. */
  file: string;
}

export interface PackSource {
  dir: string;
  meta: PackMeta;
  metaSrc: YamlSource;
  files: SourceVaultFile[];
  scenes: SourceMarkdown<SceneFrontMatter>[];
  puzzles: SourceList<Puzzle>;
  clues: SourceList<Clue>;
  deductions: SourceList<Deduction>;
  walkthrough: SourceList<WalkthroughStep>;
  /** Regular files under assets/, relative to the pack folder. */
  assets: Set<string>;
}

const wholeFile = (file: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
  severity,
  file,
  line: 1,
  col: 1,
  path: '',
  message,
});

/**
 * Reads a file the walk found, refusing a symbolic link even if one was swapped in since, and never
 * more than the pack limit.
 */
export async function readPackFile(dir: string, rel: string): Promise<Buffer> {
  const handle = await open(join(dir, rel), constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const { size } = await handle.stat();
    if (size > LIMITS.maxAssetBytes)
      throw new UserError(`${rel} grew beyond the size limit while it was read.`, 'invalid-pack');
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Entry {
  rel: string;
  size: number;
}

/** Walks the folder without following links; every path it returns stays inside the pack. */
async function walk(dir: string, problems: Problem[]): Promise<Entry[]> {
  const out: Entry[] = [];
  let total = 0;
  let count = 0;
  const visitDir = async (relDir: string, depth: number): Promise<void> => {
    const entries = await readdir(join(dir, relDir), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (++count > LIMITS.maxEntries) {
        problems.push(
          wholeFile(
            rel,
            `The pack holds more than ${LIMITS.maxEntries} files and folders: remove the ones it does not use.`,
          ),
        );
        return;
      }
      if (entry.name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        problems.push(
          wholeFile(
            rel,
            'This is a symbolic link, which a pack may not contain: replace it by a copy of the real file.',
          ),
        );
        continue;
      }
      if (entry.isDirectory()) {
        if (depth >= LIMITS.maxFolderDepth) {
          problems.push(
            wholeFile(rel, `Folders nest more than ${LIMITS.maxFolderDepth} levels deep here: flatten them.`),
          );
          continue;
        }
        await visitDir(rel, depth + 1);
      } else if (entry.isFile()) {
        const { size } = await lstat(join(dir, rel));
        total += size;
        if (total > LIMITS.maxPackBytes) {
          problems.push(
            wholeFile(
              rel,
              `The pack is larger than ${LIMITS.maxPackBytes / 1048576} MB: shrink or remove large assets.`,
            ),
          );
          return;
        }
        out.push({ rel, size });
      }
    }
  };
  await visitDir('', 0);
  return out;
}

async function readText(dir: string, entry: Entry, problems: Problem[]): Promise<string | undefined> {
  if (entry.size > LIMITS.maxTextFileBytes) {
    problems.push(
      wholeFile(
        entry.rel,
        `This file is larger than ${LIMITS.maxTextFileBytes / 1024} KB: split it into smaller files.`,
      ),
    );
    return undefined;
  }
  const bytes = await readPackFile(dir, entry.rel);
  try {
    return utf8
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    problems.push(
      wholeFile(entry.rel, 'This file is not valid UTF-8 text: save it again with UTF-8 encoding.'),
    );
    return undefined;
  }
}

function parseYamlFile<S extends z.ZodType>(
  rel: string,
  text: string,
  schema: S,
  problems: Problem[],
): { value: z.output<S> | undefined; src: YamlSource } {
  const read = readYaml(rel, text);
  problems.push(...read.problems);
  if (read.problems.length > 0) return { value: undefined, src: read.src };
  const checked = validate(read.src, read.data, schema);
  problems.push(...checked.problems);
  return { value: checked.value, src: read.src };
}

function parseMarkdown<S extends z.ZodType>(
  rel: string,
  text: string,
  schema: S,
  problems: Problem[],
): SourceMarkdown<z.output<S>> | undefined {
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) {
    problems.push(
      wholeFile(
        rel,
        'This Markdown file needs front matter: start it with a line "---", the YAML fields, then "---".',
      ),
    );
    return undefined;
  }
  const front = match[1] ?? '';
  const read = readYaml(rel, front, 1);
  problems.push(...read.problems);
  if (read.problems.length > 0) return undefined;
  const checked = validate(read.src, read.data, schema);
  problems.push(...checked.problems);
  if (checked.value === undefined) return undefined;
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  return { rel, front: checked.value, body: text.slice(match[0].length), bodyLine, src: read.src };
}

/**
 * Reads a pack source folder. Returns the parsed pack only when every file passed its schema;
 * problems always lists everything found.
 */
export async function loadSource(
  dir: string,
): Promise<{ source: PackSource | undefined; problems: Problem[] }> {
  const info = await lstat(dir).catch(() => undefined);
  if (!info)
    throw new UserError(
      `There is no folder at ${dir}: check the path, or create a pack with "resonance pack new ${dir}".`,
      'not-found',
    );
  if (!info.isDirectory())
    throw new UserError(
      `${dir} is not a folder: give the pack's folder, the one holding pack.yaml.`,
      'not-found',
    );

  const problems: Problem[] = [];
  const entries = await walk(dir, problems);
  const byRel = new Map(entries.map((e) => [e.rel, e]));

  const metaEntry = byRel.get('pack.yaml');
  if (!metaEntry) {
    problems.push(
      wholeFile(
        'pack.yaml',
        'The pack has no pack.yaml: create one at the top of the pack folder (see docs/pack-format.md).',
      ),
    );
    return { source: undefined, problems };
  }
  const metaText = await readText(dir, metaEntry, problems);
  const meta =
    metaText === undefined ? undefined : parseYamlFile('pack.yaml', metaText, packMetaSchema, problems);

  const list = async <S extends z.ZodType, T>(
    file: string,
    schema: S,
    pick: (v: z.output<S>) => T[],
    required: boolean,
  ): Promise<SourceList<T>> => {
    const entry = byRel.get(file);
    if (!entry) {
      if (required)
        problems.push(
          wholeFile(file, `The pack has no ${file}: create it (see docs/pack-format.md); verify replays it.`),
        );
      return { items: [], src: undefined, file };
    }
    const text = await readText(dir, entry, problems);
    if (text === undefined) return { items: [], src: undefined, file };
    const parsed = parseYamlFile(file, text, schema, problems);
    return { items: parsed.value ? pick(parsed.value) : [], src: parsed.src, file };
  };
  const puzzles = await list('puzzles.yaml', puzzlesFileSchema, (v) => v.puzzles, false);
  const clues = await list('clues.yaml', cluesFileSchema, (v) => v.clues, false);
  const deductions = await list('deductions.yaml', deductionsFileSchema, (v) => v.deductions, false);
  const walkthrough = await list('walkthrough.yaml', walkthroughFileSchema, (v) => v.steps, true);

  const files: SourceVaultFile[] = [];
  const scenes: SourceMarkdown<SceneFrontMatter>[] = [];
  const assets = new Set<string>();
  for (const entry of entries) {
    const { rel } = entry;
    if (rel.startsWith('files/')) {
      if (!rel.endsWith('.md')) {
        problems.push(
          wholeFile(
            rel,
            'Only Markdown (.md) files belong under files/: move this file to assets/ or remove it.',
            'warning',
          ),
        );
        continue;
      }
      const text = await readText(dir, entry, problems);
      if (text === undefined) continue;
      const parsed = parseMarkdown(rel, text, fileFrontMatterSchema, problems);
      if (parsed)
        files.push({ ...parsed, folder: posix.dirname(rel.slice('files/'.length)).replace(/^\.$/, '') });
    } else if (rel.startsWith('scenes/')) {
      if (!rel.endsWith('.md')) {
        problems.push(
          wholeFile(rel, 'Only Markdown (.md) files belong under scenes/: remove this file.', 'warning'),
        );
        continue;
      }
      const text = await readText(dir, entry, problems);
      if (text === undefined) continue;
      const parsed = parseMarkdown(rel, text, sceneFrontMatterSchema, problems);
      if (parsed) scenes.push(parsed);
    } else if (rel.startsWith('assets/')) {
      if (entry.size > LIMITS.maxAssetBytes)
        problems.push(
          wholeFile(rel, `This asset is larger than ${LIMITS.maxAssetBytes / 1048576} MB: shrink it.`),
        );
      else assets.add(rel);
    }
  }

  const hasSchemaErrors = problems.some((p) => p.severity === 'error');
  if (hasSchemaErrors || !meta?.value) return { source: undefined, problems };
  return {
    source: {
      dir,
      meta: meta.value,
      metaSrc: meta.src,
      files,
      scenes,
      puzzles,
      clues,
      deductions,
      walkthrough,
      assets,
    },
    problems,
  };
}

/** Checks that an asset path written by an author stays inside assets/ of the pack. */
export function assetPathProblem(path: string): string | undefined {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\'))
    return `The image path "${path}" must be relative to the pack folder, like assets/door.png: remove the leading drive or slash.`;
  if (path.split('/').includes('..'))
    return `The image path "${path}" leaves the pack folder: keep images under assets/ and write assets/<name>.`;
  if (!path.startsWith('assets/'))
    return `The image path "${path}" must point inside assets/: move the image there.`;
  if (!/\.(png|jpe?g|webp)$/i.test(path))
    return `The image "${path}" must be a PNG, JPEG or WebP file: convert it.`;
  return undefined;
}
