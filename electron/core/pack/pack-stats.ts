// `pack stats`: counts of chapters, files, puzzles per cipher, deductions, clues, hints and words.
import { UserError } from '../../shared/result';
import { checkPack } from './check-pack';
import { plainText } from './markdown';

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
}

const countWords = (s: string): number =>
  plainText(s)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export async function stats(dir: string): Promise<PackStats> {
  const { source, problems } = await checkPack(dir);
  if (!source) {
    const first = problems.find((p) => p.severity === 'error');
    throw new UserError(
      `The pack cannot be read: ${first ? `${first.file}:${first.line}:${first.col}: ${first.message}` : 'run "resonance pack check" for details.'}`,
      'invalid-pack',
    );
  }
  const puzzles: Record<string, number> = {};
  for (const p of source.puzzles.items) puzzles[p.cipher] = (puzzles[p.cipher] ?? 0) + 1;
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
  };
}
