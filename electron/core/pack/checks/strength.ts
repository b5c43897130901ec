// Answer strength: how many guesses an offline attacker needs per gate, what that costs, and when it is too few.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { normaliseAnswer } from '@shared/answers/normalise';
import { deductionSpace } from '../derive';
import { feedbackItems, KDF_COSTS, kdfUnits, secondsPerGuess, verifierParams } from '../kdf-cost';
import type { Problem } from '../problems';
import { collector, gateLocation, type CheckContext } from './context';
import { readableWithout, words } from './readable';

export interface GateStrength {
  gate: string;
  kind: 'puzzle' | 'deduction';
  /** Guesses an offline attacker needs by the cheapest route. */
  guesses: number;
  /** Offline cost of those guesses on one fast desktop core at the pack's KDF setting. */
  coreHours: number;
  /** A deduction's search space when the whole group is checked at once. */
  groupGuesses?: number;
  /** With per-slot feedback: the guesses when slots are tested one at a time. */
  slotGuesses?: number;
  /** A puzzle's weakest accepted answer, by its index in `answers`. */
  weakest?: number;
}

let estimator: ZxcvbnFactory | undefined;
/** zxcvbn with its English and common word lists; built once, as ranking the lists takes a moment. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return estimator;
}

/** The pack's own words readable before a gate is solved, most frequent first, as an attacker would try them. */
function packDictionary(ctx: CheckContext, gateId: string): string[] {
  const counts = new Map<string, number>();
  for (const piece of readableWithout(ctx, gateId))
    for (const w of words(piece.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Guesses needed for one answer as the game compares it (after normalisation), given the pack's words. */
export function answerGuesses(answer: string, keepSpaces: boolean, dictionary: readonly string[]): number {
  const typed = normaliseAnswer(answer, { keepSpaces });
  if (typed === '') return 1;
  // Only words inside the answer (or reversed inside it) can match; blanking the rest keeps each word's rank,
  // which is what zxcvbn counts, and spares it ranking thousands of words per answer.
  const relevant = dictionary.map((w) =>
    typed.includes(w) || typed.includes([...w].reverse().join('')) ? w : '',
  );
  return zxcvbn().check(typed, relevant).guesses;
}

const hours = (guesses: number, seconds: number): number => (guesses * seconds) / 3600;

const measured = new WeakMap<CheckContext, GateStrength[]>();

/** Strength of every gate, in the order of puzzles.yaml then deductions.yaml; measured once per check. */
export function gateStrengths(ctx: CheckContext): GateStrength[] {
  let out = measured.get(ctx);
  if (!out) {
    out = measure(ctx);
    measured.set(ctx, out);
  }
  return out;
}

function measure(ctx: CheckContext): GateStrength[] {
  const { source } = ctx;
  const seconds = secondsPerGuess(KDF_COSTS[source.meta.kdf?.cost ?? 'normal']);
  const out: GateStrength[] = [];
  for (const p of ctx.answerStrength ? source.puzzles.items : []) {
    const dictionary = packDictionary(ctx, p.id);
    let weakest = 0;
    let guesses = Infinity;
    p.answers.forEach((a, j) => {
      const g = answerGuesses(a, p.keepSpaces, dictionary);
      if (g < guesses) [guesses, weakest] = [g, j];
    });
    out.push({ gate: p.id, kind: 'puzzle', guesses, coreHours: hours(guesses, seconds), weakest });
  }
  for (const d of source.deductions.items) {
    const space = deductionSpace(source, d.id);
    const groupGuesses = Math.max(1, space.groupGuesses);
    // Slot by slot, each test costs a verifier derivation, which is cheaper than the group's: counted
    // here in group derivations, so both figures buy the same core time.
    const pack = KDF_COSTS[source.meta.kdf?.cost ?? 'normal'];
    const ratio = kdfUnits(verifierParams(feedbackItems(d), pack)) / kdfUnits(pack);
    const slotGuesses = d.feedback
      ? Math.max(1, space.slots.reduce((n, s) => n + s.candidates, 0) * ratio)
      : undefined;
    const guesses = Math.min(groupGuesses, slotGuesses ?? Infinity);
    out.push({
      gate: d.id,
      kind: 'deduction',
      guesses,
      coreHours: hours(guesses, seconds),
      groupGuesses,
      ...(slotGuesses !== undefined ? { slotGuesses } : {}),
    });
  }
  return out;
}

export const log2 = (n: number): string => Math.log2(Math.max(1, n)).toFixed(1);

export function checkStrength(ctx: CheckContext): Problem[] {
  const { source } = ctx;
  const { problems, push } = collector();
  const { checks, feedbackFactor } = source.meta;
  const puzzlesSrc = source.puzzles.src;
  if (checks.strength === 'off') return problems;
  const level = checks.strength;

  // A near miss that starts the right answer tells an attacker they are on the right track.
  source.puzzles.items.forEach((p, i) => {
    const accepted = p.answers.map((a) => normaliseAnswer(a, { keepSpaces: p.keepSpaces }));
    p.keepGoing.forEach((k, j) => {
      const near = normaliseAnswer(k.answer, { keepSpaces: p.keepSpaces });
      const whole = accepted.find((a) => near !== '' && a !== near && a.startsWith(near));
      if (whole !== undefined)
        push(
          puzzlesSrc,
          ['puzzles', i, 'keepGoing', j, 'answer'],
          `The near miss "${k.answer}" is the start of the accepted answer "${p.answers[accepted.indexOf(whole)]}", so its reply confirms a partial guess and makes the answer far easier to brute-force: drop this near miss, or accept it as an answer.`,
          level,
        );
    });
  });

  const strengths = gateStrengths(ctx);
  for (const s of strengths) {
    if (s.kind !== 'deduction' || s.slotGuesses === undefined || s.groupGuesses === undefined) continue;
    const factor = s.groupGuesses / s.slotGuesses;
    if (factor <= feedbackFactor) continue;
    const at = gateLocation(source, s.gate);
    push(
      at.src,
      at.path,
      `Per-slot feedback makes "${s.gate}" ${factor.toFixed(1)} times cheaper to brute-force (2^${log2(s.slotGuesses)} guesses slot by slot instead of 2^${log2(s.groupGuesses)} for the whole group), more than the pack allows (feedbackFactor ${feedbackFactor}): set "feedback: false" on this deduction, or raise feedbackFactor in pack.yaml.`,
      level,
    );
  }

  const floor = 2 ** checks.minGuessesLog2;
  for (const s of strengths) {
    if (s.guesses >= floor) continue;
    const cost = `about 2^${log2(s.guesses)} guesses, ${formatHours(s.coreHours)} of one core offline`;
    if (s.kind === 'puzzle') {
      const i = source.puzzles.items.findIndex((p) => p.id === s.gate);
      const p = source.puzzles.items[i]!;
      push(
        puzzlesSrc,
        ['puzzles', i, 'answers', s.weakest ?? 0],
        `The answer "${p.answers[s.weakest ?? 0]}" of "${s.gate}" falls to ${cost}, fewer than the 2^${checks.minGuessesLog2} the pack asks for (checks.minGuessesLog2): prefer an answer of two or more words that are not all in the pack's own text, drop bare numbers and single names, or remove this weaker alternative.`,
        level,
      );
    } else {
      const at = gateLocation(source, s.gate);
      const route =
        s.slotGuesses !== undefined && s.slotGuesses < (s.groupGuesses ?? Infinity)
          ? ' with per-slot feedback, testing one slot at a time'
          : '';
      push(
        at.src,
        at.path,
        `The deduction "${s.gate}" falls to ${cost}${route}, fewer than the 2^${checks.minGuessesLog2} the pack asks for (checks.minGuessesLog2): add slots or links, put more cards of each slot's kind on the board before it opens${route ? ', or set "feedback: false"' : ''}.`,
        level,
      );
    }
  }
  return problems;
}

/** Core-hours in words a reader takes in at a glance: seconds, minutes, hours, days or years. */
export function formatHours(h: number): string {
  const s = h * 3600;
  if (s < 1) return 'under a second';
  if (s < 120) return `${Math.round(s)} second${Math.round(s) === 1 ? '' : 's'}`;
  if (h < 2) return `${Math.round(s / 60)} minutes`;
  if (h < 48) return `${h < 10 ? h.toFixed(1) : Math.round(h)} hours`;
  if (h < 2 * 24 * 365) return `${Math.round(h / 24)} days`;
  const years = h / (24 * 365);
  return years < 1e6 ? `${Math.round(years)} years` : `more than a million years`;
}
