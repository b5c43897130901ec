// Letter frequencies of a text next to those of English, and the chi-squared distance between them.
import { ALPHABET, ENGLISH_FREQUENCIES } from './english';
import { countLetters, letterIndices } from './letters';

export interface LetterFrequency {
  readonly letter: string;
  readonly count: number;
  /** Share of this letter among all letters of the text, in percent. */
  readonly percent: number;
  /** Share of this letter in English, in percent. */
  readonly english: number;
}

export interface FrequencyTable {
  /** Number of letters A-Z counted (case folded). */
  readonly total: number;
  /** One row per letter A to Z. */
  readonly letters: readonly LetterFrequency[];
  /** Chi-squared distance from English; smaller is more English-like (about 0-150 for English prose). */
  readonly chiSquared: number;
}

/** Chi-squared of observed counts against English, with the letters read shifted back by `shift`. */
export function chiSquaredAgainstEnglish(counts: ArrayLike<number>, total: number, shift = 0): number {
  if (total === 0) return 0;
  let chi = 0;
  for (let x = 0; x < 26; x++) {
    const expected = (ENGLISH_FREQUENCIES[x]! / 100) * total;
    const diff = counts[(x + shift) % 26]! - expected;
    chi += (diff * diff) / expected;
  }
  return chi;
}

export function frequencyTableOfCounts(counts: ArrayLike<number>): FrequencyTable {
  let total = 0;
  for (let x = 0; x < 26; x++) total += counts[x]!;
  return {
    total,
    letters: Array.from(ALPHABET, (letter, x) => ({
      letter,
      count: counts[x]!,
      percent: total === 0 ? 0 : (counts[x]! / total) * 100,
      english: ENGLISH_FREQUENCIES[x]!,
    })),
    chiSquared: chiSquaredAgainstEnglish(counts, total),
  };
}

/** Counts the letters A-Z of `text` (case folded, everything else ignored) and compares them with English. */
export function letterFrequencies(text: string): FrequencyTable {
  return frequencyTableOfCounts(countLetters(letterIndices(text)));
}
