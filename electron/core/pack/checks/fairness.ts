// Fairness: answers that can be read before their gate, puzzles that open at default settings, plaintexts that disagree.
import { normaliseAnswer } from '@shared/answers/normalise';
import { findCipher } from '@shared/ciphers';
import { isUserError } from '@shared/result';
import { puzzleCiphertext } from '../derive';
import { plainText } from '../markdown';
import type { Problem } from '../problems';
import { collector, looseText, type CheckContext } from './context';
import { readableWithout, spells, words } from './readable';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
];

/** The kind of fact a word states, when two texts can disagree about it: a day, a month or a number. */
function factKind(word: string): 'day' | 'month' | 'number' | undefined {
  if (DAYS.includes(word)) return 'day';
  // "may" is too often a verb to count as a month.
  if (MONTHS.includes(word) && word !== 'may') return 'month';
  if (/^\d+$/.test(word) || NUMBER_WORDS.includes(word)) return 'number';
  return undefined;
}

/** The first fact of the plaintext that the body contradicts: the plaintext's word, and the body's of that kind. */
export function disagreement(plaintext: string, body: string): { said: string; body: string } | undefined {
  const plainWords = words(plaintext);
  const bodyWords = words(body);
  const bodySet = new Set(bodyWords);
  const plainSet = new Set(plainWords);
  for (const w of plainWords) {
    const kind = factKind(w);
    if (!kind || bodySet.has(w)) continue;
    const other = bodyWords.find((b) => factKind(b) === kind && !plainSet.has(b));
    if (other) return { said: w, body: other };
  }
  return undefined;
}

export function checkFairness(ctx: CheckContext): Problem[] {
  const { source } = ctx;
  const level = source.meta.checks.leaks;
  const { problems, push } = collector();
  if (level === 'off') return problems;
  const puzzlesSrc = source.puzzles.src;
  source.puzzles.items.forEach((p, i) => {
    const at = (...path: PropertyKey[]) => ['puzzles', i, ...path];
    const readable = readableWithout(ctx, p.id)
      .filter((r) => !r.title)
      .map((r) => ({ ...r, words: words(r.text) }));
    const leak = (typed: string, nearMiss = false) => {
      const n = normaliseAnswer(typed);
      if (n.length < 3) return [];
      return readable.filter((r) => !(nearMiss && r.ownReply) && spells(r.words, n));
    };
    p.answers.forEach((a, j) => {
      const hits = leak(a);
      if (hits.length > 0)
        push(
          puzzlesSrc,
          at('answers', j),
          `The answer "${a}" of "${p.id}" can be read before the puzzle is solved, in ${hits[0]!.where}${hits.length > 1 ? ` and ${hits.length - 1} other place${hits.length > 2 ? 's' : ''}` : ''}: reword that text or choose another answer.`,
          level,
        );
    });
    p.keepGoing.forEach((k, j) => {
      const hits = leak(k.answer, true);
      if (hits.length > 0)
        push(
          puzzlesSrc,
          at('keepGoing', j, 'answer'),
          `The near miss "${k.answer}" of "${p.id}" can be read before the puzzle is solved, in ${hits[0]!.where}${hits.length > 1 ? ` and ${hits.length - 1} other place${hits.length > 2 ? 's' : ''}` : ''}, so it points players at the answer: reword that text or drop the near miss.`,
          level,
        );
    });

    const cipher = findCipher(p.cipher);
    if (!cipher) return;
    const plainWords = words(p.plaintext);
    const inPlaintext = p.answers.some((a) => spells(plainWords, normaliseAnswer(a)));
    if (!inPlaintext)
      push(
        puzzlesSrc,
        at('answers'),
        `None of the answers of "${p.id}" appears in its plaintext, so decrypting does not show it: put the answer's words in the plaintext, or change the answers to words it contains.`,
        level,
      );
    // Ciphers without parameters are found by recognising them; a default setting is a key nobody had to find.
    if (cipher.params.length > 0 && cipher.params.every((spec) => spec.default !== '')) {
      try {
        const atDefaults = cipher.decrypt(puzzleCiphertext(p), {});
        if (looseText(atDefaults) === looseText(p.plaintext))
          push(
            puzzlesSrc,
            at('params'),
            `"${p.id}" decrypts at the ${p.cipher} tool's default settings (${cipher.params.map((s) => `${s.key} ${String(s.default)}`).join(', ')}), so the player opens it without finding a key: choose other parameters.`,
            level,
          );
      } catch (e) {
        if (!isUserError(e)) throw e;
      }
    }
    for (const f of source.files) {
      if (f.front.lockedBy !== p.id) continue;
      const clash = disagreement(p.plaintext, plainText(f.body));
      if (clash)
        push(
          puzzlesSrc,
          at('plaintext'),
          `The plaintext of "${p.id}" says "${clash.said}" where the body of ${f.rel}, which the player reads once it is solved, says "${clash.body}": make them agree.`,
          level,
        );
    }
  });
  return problems;
}
