// Reads a pack's source (answers in the clear) for tests that play it or look for leaks of its answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normaliseAnswer } from '@shared/answers/normalise';
import { root } from './browser-host';

interface PuzzleSource {
  id: string;
  chapter: string;
  answers: string[];
  keepGoing?: { answer: string; message: string }[];
  hints: Record<'nudge' | 'method' | 'pinpoint' | 'reveal', string>;
  plaintext?: string;
}

export function puzzlesOf(packId: string): PuzzleSource[] {
  const text = readFileSync(join(root, 'puzzles', packId, 'puzzles.yaml'), 'utf8');
  return (parse(text) as { puzzles: PuzzleSource[] }).puzzles;
}

export interface KnownAnswer {
  raw: string;
  normalised: string;
  /** A phrase of several words besides a leading article: distinctive enough to look for inside prose. */
  phrase: boolean;
}

/** Every built-in pack's accepted answers, by gate id. */
export function builtInAnswers(): Map<string, { packId: string; answers: KnownAnswer[] }> {
  const found = new Map<string, { packId: string; answers: KnownAnswer[] }>();
  for (const packId of readdirSync(join(root, 'puzzles'))) {
    for (const puzzle of puzzlesOf(packId)) {
      const answers = puzzle.answers.map((a) => {
        const raw = String(a);
        const core = raw.trim().replace(/^(the|a|an)\s+/i, '');
        return { raw, normalised: normaliseAnswer(raw), phrase: /\S\s+\S/.test(core) };
      });
      found.set(puzzle.id, { packId, answers });
    }
  }
  return found;
}

/** Every string inside a JSON-like value. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** True when `text`, normalised the way answers are, contains `answer` as whole words. */
export function mentions(text: string, normalisedAnswer: string): boolean {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Answers are normalised without spaces: compare against every run of consecutive words.
  for (let start = 0; start < words.length; start += 1) {
    let joined = '';
    for (let end = start; end < words.length && joined.length < normalisedAnswer.length; end += 1) {
      joined += words[end];
      if (joined === normalisedAnswer) return true;
    }
  }
  return false;
}

/**
 * Names the story shows openly: the titles of a pack's clue cards, the senders of its files and the names
 * of its vault folders (people and places the player meets by name), normalised.
 */
export function storyNamesOf(packId: string): Set<string> {
  const dir = join(root, 'puzzles', packId);
  const clues = (parse(readFileSync(join(dir, 'clues.yaml'), 'utf8')) as { clues: { title: string }[] })
    .clues;
  const names = new Set(clues.map((c) => normaliseAnswer(String(c.title))));
  for (const name of readdirSync(join(dir, 'files'), { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    for (const folder of name.split(/[\\/]/).slice(0, -1)) names.add(normaliseAnswer(folder));
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, 'files', name), 'utf8'))?.[1] ?? '';
    const from = (parse(front) as { from?: unknown } | null)?.from;
    if (typeof from === 'string') names.add(normaliseAnswer(from));
  }
  return names;
}
