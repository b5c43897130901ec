// `pack stats`: counts of chapters, files, puzzles, deductions, clues, hints and words, and the cheapest gates to brute-force.
import { readFile, stat } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { z } from 'zod';
import type { PackView } from '@shared/pack/public-types';
import { UserError } from '@shared/result';
import { checkPack } from './check-pack';
import type { GateStrength } from './checks/strength';
import { KDF_COSTS, secondsPerGuess, type ScryptParams } from './kdf-cost';
import { LIMITS } from './limits';
import { plainText } from './markdown';
import { openPack } from './open-pack';

/** One gate's brute-force cost, as `pack stats` lists the cheapest. */
export interface GateCost {
  gate: string;
  kind: 'puzzle' | 'deduction';
  guesses: number;
  log2Guesses: number;
  coreHours: number;
}

export interface PackStats {
  chapters: number;
  files: { id: string; path: string; locked: boolean }[];
  puzzles: Record<string, number>;
  deductions: number;
  clues: number;
  /** Hint rungs written (four per puzzle and deduction). */
  hints: number;
  /** Words in vault files and scenes. */
  words: number;
  /** The KDF a sealed copy uses, and what one offline guess costs on one fast desktop core. */
  kdf: Pick<ScryptParams, 'N' | 'r' | 'p'>;
  secondsPerGuess: number;
  /** The gates cheapest to brute-force, cheapest first (at most five). */
  cheapest: GateCost[];
  /**
   * For a .rpack: only what can be read without any answer. Gates whose strength cannot be judged without
   * their answers (puzzles) are counted here instead of listed in `cheapest`.
   */
  sealed?: { gateCount: number; openGates: number; unjudged: string[] };
}

const countWords = (s: string): number =>
  plainText(s)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const SHOWN = 5;

export const gateCost = (s: GateStrength): GateCost => ({
  gate: s.gate,
  kind: s.kind,
  guesses: s.guesses,
  log2Guesses: Math.round(Math.log2(Math.max(1, s.guesses)) * 10) / 10,
  coreHours: s.coreHours,
});

/** Measures a pack folder, or a sealed .rpack from what it shows before any answer. */
export async function stats(target: string): Promise<PackStats> {
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return sealedStats(target, info.size);
  const { source, problems, strengths } = await checkPack(target, { strength: true });
  if (!source) {
    const first = problems.find((p) => p.severity === 'error');
    throw new UserError(
      `The pack cannot be read: ${first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : 'run "resonance pack check" for details.'}`,
      'invalid-pack',
    );
  }
  const puzzles: Record<string, number> = {};
  for (const p of source.puzzles.items) puzzles[p.cipher] = (puzzles[p.cipher] ?? 0) + 1;
  const { N, r, p } = KDF_COSTS[source.meta.kdf?.cost ?? 'normal'];
  return {
    chapters: source.meta.chapters.length,
    files: source.files.map((f) => ({ id: f.front.id, path: f.rel, locked: f.front.lockedBy !== undefined })),
    puzzles,
    deductions: source.deductions.items.length,
    clues: source.clues.items.length,
    hints: (source.puzzles.items.length + source.deductions.items.length) * 4,
    words: [...source.files.map((f) => f.body), ...source.scenes.map((s) => s.body)].reduce(
      (n, t) => n + countWords(t),
      0,
    ),
    kdf: { N, r, p },
    secondsPerGuess: secondsPerGuess({ N, r, p }),
    cheapest: [...(strengths ?? [])]
      .sort((a, b) => a.guesses - b.guesses)
      .slice(0, SHOWN)
      .map(gateCost),
  };
}

const manifestKdf = z.object({
  kdf: z.object({
    N: z.number().int().positive(),
    r: z.number().int().positive(),
    p: z.number().int().positive(),
  }),
});

/** The search space of an open deduction from the cards on the board before any answer. */
function openDeductionGuesses(view: PackView, d: PackView['deductions'][number]): number {
  if (d.kind === 'fill') {
    const product = d.slots.reduce((n, s) => n * view.clues.filter((c) => c.kind === s.kind).length, 1);
    const perSlot = d.slots.reduce((n, s) => n + view.clues.filter((c) => c.kind === s.kind).length, 0);
    return Math.max(1, d.feedback ? Math.min(product, perSlot) : product);
  }
  const n = view.clues.length;
  const possible = view.linkTypes.reduce(
    (sum, t) => sum + (t.symmetric ? (n * (n - 1)) / 2 : n * (n - 1)),
    0,
  );
  let group = 1;
  for (let i = 1; i <= d.linkCount; i++) group = (group * (possible - d.linkCount + i)) / i;
  return Math.max(1, d.feedback ? Math.min(group, possible * d.linkCount) : group);
}

async function sealedStats(file: string, size: number): Promise<PackStats> {
  if (size > LIMITS.maxPackBytes) throw new UserError(`${file} is too large to be a pack.`, 'invalid-pack');
  const bytes = new Uint8Array(await readFile(file));
  const view = openPack(bytes).initialState();
  // openPack has checked the archive; its manifest also says what each guess costs.
  const manifest = manifestKdf.parse(
    JSON.parse(strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'manifest.json' })['manifest.json']!)),
  );
  const { N, r, p } = manifest.kdf;
  const seconds = secondsPerGuess({ N, r, p });
  const puzzles: Record<string, number> = {};
  for (const q of view.puzzles) puzzles[q.cipher] = (puzzles[q.cipher] ?? 0) + 1;
  const cheapest = view.deductions
    .map((d) => {
      const guesses = openDeductionGuesses(view, d);
      return gateCost({ gate: d.id, kind: 'deduction', guesses, coreHours: (guesses * seconds) / 3600 });
    })
    .sort((a, b) => a.guesses - b.guesses)
    .slice(0, SHOWN);
  return {
    chapters: view.pack.chapterCount,
    files: view.files.map((f) => ({
      id: f.id,
      path: `${f.folder ? `${f.folder}/` : ''}${f.title}`,
      locked: f.lockedBy !== undefined,
    })),
    puzzles,
    deductions: view.deductions.length,
    clues: view.clues.length,
    hints: (view.puzzles.length + view.deductions.length) * 4,
    words: [...view.bodies.map((b) => b.html), ...view.scenes.map((s) => s.html)].reduce(
      (n, t) => n + countWords(t.replace(/<[^>]*>/g, ' ')),
      0,
    ),
    kdf: { N, r, p },
    secondsPerGuess: seconds,
    cheapest,
    sealed: {
      gateCount: view.pack.gateCount,
      openGates: view.puzzles.length + view.deductions.length,
      unjudged: view.puzzles.map((q) => q.id),
    },
  };
}
