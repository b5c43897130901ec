// Index of coincidence: how likely two letters of a text are to match, English near 0.067, random 0.038.
import { countLetters, letterIndices } from './letters';

export function indexOfCoincidenceOfCounts(counts: ArrayLike<number>): number {
  let total = 0;
  let pairs = 0;
  for (let x = 0; x < 26; x++) {
    total += counts[x]!;
    pairs += counts[x]! * (counts[x]! - 1);
  }
  return total < 2 ? 0 : pairs / (total * (total - 1));
}

/**
 * The index of coincidence of the letters A-Z in `text` (case folded). A value near English (0.0667)
 * suggests a transposition or a one-alphabet substitution; near random (0.0385), a polyalphabetic
 * cipher such as Vigenère. Returns 0 when the text has fewer than two letters.
 */
export function indexOfCoincidence(text: string): number {
  return indexOfCoincidenceOfCounts(countLetters(letterIndices(text)));
}

/** Average index of coincidence of the columns made by taking every `period`-th letter. */
export function periodicIndexOfCoincidence(letters: Uint8Array, period: number): number {
  const counts = new Int32Array(26);
  let sum = 0;
  let columns = 0;
  for (let col = 0; col < period; col++) {
    counts.fill(0);
    // Striding column by column avoids a modulo per letter, which matters on megabytes of text.
    let total = 0;
    for (let i = col; i < letters.length; i += period, total++) counts[letters[i]!]!++;
    if (total < 2) continue;
    sum += indexOfCoincidenceOfCounts(counts);
    columns++;
  }
  return columns === 0 ? 0 : sum / columns;
}
