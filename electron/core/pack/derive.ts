// What sealing and the checker both derive from a pack source: ciphertexts, accepted fill combinations, search
// spaces, the race a puzzle runs in.
import { canonicalFills } from '@shared/answers/normalise';
import type { PublicPuzzle } from '@shared/pack/public-types';
import type { Clue, Puzzle } from '@shared/pack/source-schema';
import { packCipher } from './ciphers';
import { LIMITS } from './limits';
import type { PackSource } from './load-source';
import { requirements, type Requirements } from './requirements';

/** The ciphertext a puzzle shows: given literally, or made from its plaintext. Throws UserError on bad params. */
export function puzzleCiphertext(p: Puzzle): string {
  if (p.ciphertext !== undefined) return p.ciphertext;
  const cipher = packCipher(p.cipher);
  if (!cipher) throw new Error(`unknown cipher ${p.cipher}`);
  return cipher.encrypt(p.plaintext.trimEnd(), p.params);
}

/** The race a puzzle is a step of, as the window shows it; undefined when it runs against no shared clock. */
export function raceOf(source: PackSource, puzzleId: string): PublicPuzzle['race'] {
  for (const chapter of source.meta.chapters) {
    if (!chapter.race?.steps.includes(puzzleId)) continue;
    const { title, seconds, steps } = chapter.race;
    return { id: chapter.id, title, seconds, steps: steps.length };
  }
  return undefined;
}

/** A fill deduction's accepted answers as canonical strings, one per combination of accepted clue ids. */
export function fillCombinations(slots: Record<string, { answer: string | string[] }>): string[] {
  let combos: Record<string, string>[] = [{}];
  for (const [name, slot] of Object.entries(slots)) {
    const accepted = Array.isArray(slot.answer) ? slot.answer : [slot.answer];
    combos = combos.flatMap((c) => accepted.map((a) => ({ ...c, [name]: a })));
    if (combos.length > LIMITS.maxAnswerCombinations) break;
  }
  return combos.map((c) => canonicalFills(c));
}

/** The attacker's search space for one deduction, from the cards a player can have when it opens. */
export interface DeductionSpace {
  slots: { name: string; candidates: number }[];
  acceptedCombos: number;
  groupGuesses: number;
}

/** Clue cards the player can hold when a gate opens: those whose file is readable once its requirements are met. */
export function cardsAtOpen(
  source: PackSource,
  gateId: string,
  req: Requirements = requirements(source),
): Clue[] {
  const before = req.closure(req.gateReq(gateId));
  const files = new Map(source.files.map((f) => [f.front.id, f]));
  return source.clues.items.filter((c) => {
    const f = files.get(c.source.file);
    return f !== undefined && req.bodyReq(f).every((g) => before.has(g));
  });
}

/** n choose k as a float, so large link spaces stay finite enough to compare. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

export function deductionSpace(source: PackSource, deductionId: string): DeductionSpace {
  const d = source.deductions.items.find((x) => x.id === deductionId);
  if (!d) throw new Error(`unknown deduction ${deductionId}`);
  const cards = cardsAtOpen(source, deductionId);
  if (d.kind === 'fill') {
    const slots = Object.entries(d.slots).map(([name, s]) => ({
      name,
      candidates: cards.filter((c) => c.kind === s.kind).length,
    }));
    const acceptedCombos = Object.values(d.slots).reduce(
      (n, s) => n * (Array.isArray(s.answer) ? s.answer.length : 1),
      1,
    );
    const all = slots.reduce((n, s) => n * s.candidates, 1);
    return { slots, acceptedCombos, groupGuesses: all / acceptedCombos };
  }
  // A link joins two different cards; a symmetric type joins each unordered pair once.
  const n = cards.length;
  const types = source.meta.linkTypes;
  const possible = types.reduce((sum, t) => sum + (t.symmetric ? (n * (n - 1)) / 2 : n * (n - 1)), 0);
  const slots = d.links.map((l, i) => ({ name: `link ${i + 1} (${l.type})`, candidates: possible }));
  return { slots, acceptedCombos: 1, groupGuesses: choose(possible, d.links.length) };
}
