// Cipher analysis tools in one place, plus `analyze`, the summary the CLI and the workbench show.
import { rankCaesarShifts, type CaesarCandidate } from './caesar';
import { detectEncodings, type EncodingGuess } from './encodings';
import { frequencyTableOfCounts, type FrequencyTable } from './frequencies';
import { kasiski, type KeyLengthCandidate, type RepeatedSequence } from './kasiski';
import { countLetters, letterIndices } from './letters';
import { indexOfCoincidenceOfCounts } from './coincidence';

export { ENGLISH_FREQUENCIES, ENGLISH_IC, RANDOM_IC } from './english';
export {
  letterFrequencies,
  chiSquaredAgainstEnglish,
  type FrequencyTable,
  type LetterFrequency,
} from './frequencies';
export { indexOfCoincidence, periodicIndexOfCoincidence } from './coincidence';
export { rankCaesarShifts, type CaesarCandidate } from './caesar';
export {
  kasiski,
  type KasiskiOptions,
  type KasiskiResult,
  type KeyLengthCandidate,
  type RepeatedSequence,
} from './kasiski';
export { xorCribDrag, xorBytes, type CribPosition } from './xor';
export { detectEncodings, type EncodingGuess, type EncodingId } from './encodings';

export interface Analysis {
  /** Characters in the text (UTF-16 code units). */
  readonly characters: number;
  readonly frequencies: FrequencyTable;
  readonly indexOfCoincidence: number;
  /** The five best Caesar shifts. */
  readonly caesar: readonly CaesarCandidate[];
  /** The five most likely key lengths for a repeating-key cipher. */
  readonly keyLengths: readonly KeyLengthCandidate[];
  readonly repeats: readonly RepeatedSequence[];
  readonly encodings: readonly EncodingGuess[];
}

/** Runs every analysis on `text`. Linear in its length; about a megabyte is fine. */
export function analyze(text: string): Analysis {
  const counts = countLetters(letterIndices(text));
  const ks = kasiski(text);
  return {
    characters: text.length,
    frequencies: frequencyTableOfCounts(counts),
    indexOfCoincidence: indexOfCoincidenceOfCounts(counts),
    caesar: rankCaesarShifts(text).slice(0, 5),
    keyLengths: ks.keyLengths.slice(0, 5),
    repeats: ks.repeats,
    encodings: detectEncodings(text),
  };
}
