// Pure helpers for the deductions panel: sentence parts, feedback wording and wait wording.
import type { DeductionResult } from '@shared/game-types';

/** A card on the board, as deduction slots list it. */
export interface BoardCardOption {
  clueId: string;
  kind: string;
  title: string;
}

/** A link between two cards, as link deductions offer it. */
export interface BoardLinkOption {
  id: string;
  from: string;
  to: string;
  type: string;
  text: string;
}

export type SentencePart = { text: string } | { slot: string };

/** Splits "The {who} was at {where}." into text and slot parts. */
export function sentenceParts(sentence: string): SentencePart[] {
  const parts: SentencePart[] = [];
  const re = /\{([^{}]+)\}/g;
  let last = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index > last) parts.push({ text: sentence.slice(last, m.index) });
    parts.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  return parts;
}

export type FeedbackMode = 'group' | 'count' | 'pinpoint';

/** The sentence shown after a submission, worded for the player's feedback setting. */
export function feedbackText(result: DeductionResult, mode: FeedbackMode, total: number): string {
  switch (result.kind) {
    case 'solved':
      return 'Solved.';
    case 'repeated':
      return result.message || 'You already tried exactly this; change something first.';
    case 'wait':
      return result.message || 'Wait a moment before the next try.';
    case 'wrong': {
      const n = result.wrongCount;
      if (mode === 'group') return 'Not right: at least one part is wrong.';
      // The pack sealed this deduction whole: the engine cannot say which part is wrong, whatever the setting.
      if (n === undefined)
        return 'Not right: at least one part is wrong. This deduction is sealed whole, so it cannot say which.';
      const counted = `${n} of ${total} ${n === 1 ? 'is' : 'are'} wrong.`;
      return mode === 'pinpoint' ? `${counted} The wrong ones are marked “✗ wrong”.` : counted;
    }
  }
}

export function waitText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s >= 60) return `Next try in ${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `Next try in ${s} s`;
}

/**
 * Splits the board's links into those a link question is about (the question names their type or a word of
 * a card's title) and the rest, so the question does not open on every link ever drawn.
 */
export function relevantLinks<L extends { text: string; type: string }>(
  prompt: string,
  links: readonly L[],
): { relevant: L[]; others: L[] } {
  const words = new Set(prompt.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []);
  const mentioned = (l: L) =>
    words.has(l.type.toLowerCase()) ||
    (l.text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []).some((w) => words.has(w));
  return { relevant: links.filter(mentioned), others: links.filter((l) => !mentioned(l)) };
}

/** "Unlocked 2 new cards, 1 new file." after a solve; empty when nothing new opened. */
export function unlockedText(result: DeductionResult): string {
  if (result.kind !== 'solved') return '';
  const u = result.unlocked;
  const parts = [
    [u.files.length, 'file'],
    [u.clues.length, 'card'],
    [u.puzzles.length, 'puzzle'],
    [u.deductions.length, 'deduction'],
    [u.chapters.length, 'chapter'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, w]) => `${n} new ${w}${n === 1 ? '' : 's'}`);
  return parts.length ? `Unlocked ${parts.join(', ')}.` : '';
}
