// Replays walkthrough.yaml against the sealed build through the same SealedPack API the game uses.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { walkthroughFileSchema, type WalkthroughStep } from '@shared/pack/source-schema';
import { UserError } from '@shared/result';
import { LIMITS } from './limits';
import { openPack, type SealedPack } from './open-pack';
import type { Problem } from './problems';
import type { KDF_COSTS } from './rpack-format';
import { buildPack } from './seal-pack';
import { locate, readYaml, validate, type YamlSource } from './yaml-source';

export interface VerifyOptions {
  /** Walkthrough file to replay against a .rpack (a source folder uses its own walkthrough.yaml). */
  walkthrough?: string;
  /** KDF cost used when building from a source folder; defaults to the pack's own setting. */
  cost?: keyof typeof KDF_COSTS;
  onProgress?: (done: number, total: number) => void;
}

export interface VerifyResult {
  ok: boolean;
  /** Steps replayed successfully. */
  passed: number;
  total: number;
  /** The first step that did not do what it should, located in walkthrough.yaml. */
  failure?: Problem;
  /** Set when a .rpack is older than a file of the pack folder its walkthrough comes from. */
  stale?: { rpack: string; newer: string };
}

/** The newest file of a pack folder changed after `since` (ms), if any; hidden files and links are skipped. */
async function newerSource(dir: string, since: number): Promise<string | undefined> {
  let best: { rel: string; mtime: number } | undefined;
  let seen = 0;
  const visit = async (rel: string, depth: number): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith('.') || ++seen > LIMITS.maxEntries) continue;
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && depth < LIMITS.maxFolderDepth) await visit(path, depth + 1);
      else if (e.isFile()) {
        const { mtimeMs } = await stat(join(dir, path));
        if (mtimeMs > since && (!best || mtimeMs > best.mtime)) best = { rel: path, mtime: mtimeMs };
      }
    }
  };
  await visit('', 0);
  return best?.rel;
}

async function readWalkthrough(
  path: string,
  name: string,
): Promise<{ steps: WalkthroughStep[]; src: YamlSource }> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile())
    throw new UserError(`There is no walkthrough file at ${path}: pass --walkthrough <file>.`);
  if (info.size > LIMITS.maxTextFileBytes)
    throw new UserError(`The walkthrough ${path} is too large to read.`);
  const read = readYaml(name, (await readFile(path, 'utf8')).replace(/\r\n?/g, '\n'));
  const checked = read.problems.length ? undefined : validate(read.src, read.data, walkthroughFileSchema);
  const first = read.problems[0] ?? checked?.problems[0];
  if (first || !checked?.value)
    throw new UserError(
      `${name}:${first?.line ?? 1}:${first?.col ?? 1}: ${first?.message ?? 'unreadable'}`,
      'invalid-pack',
    );
  return { steps: checked.value.steps, src: read.src };
}

/** Builds (for a folder) or opens (for a .rpack) and replays the walkthrough, stopping at the first failure. */
export async function verify(target: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UserError(`There is nothing at ${target}: give a pack folder or a .rpack file.`);
  let bytes: Uint8Array;
  let walk: { steps: WalkthroughStep[]; src: YamlSource };
  if (info.isDirectory()) {
    const built = await buildPack(target, {
      ...(options.cost ? { cost: options.cost } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    bytes = built.bytes;
    walk = await readWalkthrough(`${target}/walkthrough.yaml`, 'walkthrough.yaml');
  } else {
    if (!options.walkthrough)
      throw new UserError(
        'A .rpack holds no walkthrough (it would give the answers away): pass --walkthrough <pack folder>/walkthrough.yaml.',
      );
    if (info.size > LIMITS.maxPackBytes)
      throw new UserError(`${target} is too large to be a pack.`, 'invalid-pack');
    bytes = new Uint8Array(await readFile(target));
    walk = await readWalkthrough(options.walkthrough, options.walkthrough);
    // The walkthrough usually sits in the pack folder the .rpack was built from.
    const folder = dirname(options.walkthrough);
    if (await stat(join(folder, 'pack.yaml')).catch(() => undefined)) {
      const newer = await newerSource(folder, info.mtimeMs);
      if (newer !== undefined) {
        const result = await replay(bytes, walk.steps, walk.src);
        return {
          ...result,
          stale: { rpack: basename(target), newer: `${basename(folder)}/${newer}` },
        };
      }
    }
  }
  return replay(bytes, walk.steps, walk.src);
}

/** Replays steps on a fresh SealedPack; also checks that the content keys reopen the same progress. */
export async function replay(
  bytes: Uint8Array,
  steps: WalkthroughStep[],
  src?: YamlSource,
): Promise<VerifyResult> {
  const pack: SealedPack = openPack(bytes);
  const fail = (i: number, key: string, message: string): VerifyResult => {
    const pos = src ? locate(src, ['steps', i, key]) : { line: 1, col: 1 };
    return {
      ok: false,
      passed: i,
      total: steps.length,
      failure: {
        severity: 'error',
        file: src?.file ?? 'walkthrough.yaml',
        line: pos.line,
        col: pos.col,
        path: `steps[${i}]`,
        message,
      },
    };
  };
  for (const [i, step] of steps.entries()) {
    const id = 'solve' in step ? step.solve : step.deduce;
    const key = 'solve' in step ? 'solve' : 'deduce';
    const view = pack.view();
    const open =
      'solve' in step ? view.puzzles.some((p) => p.id === id) : view.deductions.some((d) => d.id === id);
    if (!open)
      return fail(
        i,
        key,
        `Step ${i + 1} (${key} ${id}): "${id}" is not open in the sealed pack at this point; the steps before it do not unlock it. Fix the order of steps or what unlocks "${id}".`,
      );
    const answer =
      'answer' in step ? step.answer : 'fills' in step ? { fills: step.fills } : { links: step.links };
    const outcome = await pack.tryAnswer(id, answer);
    if (outcome.kind !== 'solved')
      return fail(
        i,
        'answer' in step ? 'answer' : 'fills' in step ? 'fills' : 'links',
        `Step ${i + 1} (${key} ${id}): the sealed pack ${outcome.kind === 'keep-going' ? `answered "keep going" (${outcome.message})` : 'rejected the answer'}. Put an accepted answer in the walkthrough, or accept this one.`,
      );
    const after = pack.view();
    const expect = step.expect ?? {};
    const checks: [string, string[] | undefined, (x: string) => boolean][] = [
      ['file', expect.files, (f) => after.bodies.some((b) => b.id === f)],
      ['clue', expect.clues, (c) => after.clues.some((x) => x.id === c)],
      ['puzzle', expect.puzzles, (p) => after.puzzles.some((x) => x.id === p)],
      ['deduction', expect.deductions, (d) => after.deductions.some((x) => x.id === d)],
      ['chapter', expect.chapters, (c) => after.chapters.some((x) => x.id === c)],
    ];
    for (const [what, ids, has] of checks) {
      const missing = (ids ?? []).filter((x) => !has(x));
      if (missing.length)
        return fail(
          i,
          key,
          `Step ${i + 1} (${key} ${id}) should unlock the ${what} ${missing.map((m) => `"${m}"`).join(', ')}, but the sealed pack did not unlock it: fix "expect" or what unlocks it.`,
        );
    }
  }
  const end = pack.view();
  if (!end.finished) {
    const left = end.chapters.filter((c) => !end.completedChapters.includes(c.id)).map((c) => c.id);
    return fail(
      Math.max(0, steps.length - 1),
      'solve' in (steps[steps.length - 1] ?? {}) ? 'solve' : 'deduce',
      `After the last step the pack is not finished (chapter ${left.join(', ') || 'beyond the last one reached'} still open): add the steps that complete it.`,
    );
  }
  const reopened = openPack(bytes).unlockWith(pack.contentKeys());
  if (JSON.stringify(reopened) !== JSON.stringify(end))
    return fail(
      steps.length - 1,
      'solve' in steps[steps.length - 1]! ? 'solve' : 'deduce',
      'Reopening the finished walkthrough from its stored content keys does not give the same progress: this is a bug in the pack engine; please report it.',
    );
  return { ok: true, passed: steps.length, total: steps.length };
}
