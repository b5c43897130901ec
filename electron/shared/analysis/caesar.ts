// Ranks the 26 Caesar shifts by how English the text looks after undoing each one.
import { mapLetters } from '../ciphers/letters';
import { chiSquaredAgainstEnglish } from './frequencies';
import { countLetters, letterIndices } from './letters';

export interface CaesarCandidate {
  /** The shift that was used to encrypt; decrypting with it gives `preview`. */
  readonly shift: number;
  /** Chi-squared distance from English after undoing the shift; smaller is better. */
  readonly chiSquared: number;
  /** The start of the text decrypted with this shift. */
  readonly preview: string;
}

/** All 26 shifts, best (lowest chi-squared) first. `previewLength` characters of each are decrypted. */
export function rankCaesarShifts(text: string, previewLength = 60): CaesarCandidate[] {
  const counts = countLetters(letterIndices(text));
  let total = 0;
  for (let x = 0; x < 26; x++) total += counts[x]!;
  const head = text.slice(0, previewLength);
  const candidates: CaesarCandidate[] = [];
  for (let shift = 0; shift < 26; shift++) {
    candidates.push({
      shift,
      chiSquared: chiSquaredAgainstEnglish(counts, total, shift),
      preview: mapLetters(head, (x) => x - shift),
    });
  }
  return candidates.sort((a, b) => a.chiSquared - b.chiSquared || a.shift - b.shift);
}
