// Kasiski examination: repeated letter sequences, their spacings, and the key lengths they point to.
import { periodicIndexOfCoincidence } from './coincidence';
import { ENGLISH_IC, RANDOM_IC } from './english';
import { letterIndices } from './letters';

export interface RepeatedSequence {
  /** The repeated letters, in capitals. */
  readonly sequence: string;
  /** Letter positions (counting letters only, from 0) of the first few occurrences. */
  readonly positions: readonly number[];
  /** Distances between consecutive occurrences, in letters. */
  readonly spacings: readonly number[];
  readonly occurrences: number;
}

export interface KeyLengthCandidate {
  readonly length: number;
  /** Share of all repeat spacings that this length divides (0-1). */
  readonly spacingShare: number;
  /** Average index of coincidence of the text split into `length` columns. */
  readonly columnIc: number;
  /** Combined evidence, 0 (none) to about 1 (strong); candidates are ranked by it. */
  readonly score: number;
}

export interface KasiskiResult {
  /** The most frequent repeated sequences, most occurrences first. */
  readonly repeats: readonly RepeatedSequence[];
  /** Every key length from 2 to `maxKeyLength`, most likely first. */
  readonly keyLengths: readonly KeyLengthCandidate[];
}

export interface KasiskiOptions {
  /** Length of the sequences looked for; 3 by default. */
  readonly sequenceLength?: number;
  readonly maxKeyLength?: number;
  /** How many repeated sequences to report. */
  readonly maxRepeats?: number;
}

const MAX_POSITIONS = 8;

/**
 * Finds repeated sequences of letters (A-Z, case folded, everything else skipped) and ranks key lengths
 * by combining two signs: how many repeat spacings each length divides (Kasiski), and how English-like
 * the letter columns of that width are (Friedman). Divisors of the true length share its spacings but
 * mix alphabets; multiples keep English columns but divide fewer spacings; the product favours the true one.
 */
export function kasiski(text: string, options: KasiskiOptions = {}): KasiskiResult {
  const { sequenceLength = 3, maxKeyLength = 20, maxRepeats = 10 } = options;
  // Codes of longer sequences would not fit the 32-bit table.
  if (!Number.isInteger(sequenceLength) || sequenceLength < 2 || sequenceLength > 6)
    throw new RangeError(`Kasiski sequence length must be 2 to 6, not ${sequenceLength}.`);
  const letters = letterIndices(text);
  const n = Math.max(0, letters.length - sequenceLength + 1);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let code = 0;
    for (let j = 0; j < sequenceLength; j++) code = code * 26 + letters[i + j]!;
    codes[i] = code;
  }

  // First pass: previous occurrence of each sequence, a histogram of spacings and occurrence counts.
  // Flat tables are much faster than Maps for trigrams; longer sequences fall back to Maps.
  const size = 26 ** sequenceLength;
  const flat = size <= 1 << 20;
  const lastTable = flat ? new Int32Array(size).fill(-1) : undefined;
  const countTable = flat ? new Int32Array(size) : undefined;
  const firstOf = new Map<number, number>();
  const lastMap = new Map<number, number>();
  const countMap = new Map<number, number>();
  const spacingHistogram = new Int32Array(n + 1);
  let spacingCount = 0;
  for (let i = 0; i < n; i++) {
    const code = codes[i]!;
    let previous: number;
    if (lastTable && countTable) {
      previous = lastTable[code]!;
      lastTable[code] = i;
      countTable[code]!++;
    } else {
      previous = lastMap.get(code) ?? -1;
      lastMap.set(code, i);
      countMap.set(code, (countMap.get(code) ?? 0) + 1);
    }
    if (previous < 0) firstOf.set(code, i);
    else {
      spacingHistogram[i - previous]!++;
      spacingCount++;
    }
  }
  const divides = new Float64Array(maxKeyLength + 1);
  for (let spacing = 1; spacing <= n; spacing++) {
    const count = spacingHistogram[spacing]!;
    if (count === 0) continue;
    for (let length = 2; length <= maxKeyLength; length++)
      if (spacing % length === 0) divides[length]! += count;
  }

  // Second pass, only for the most frequent sequences: where they occur.
  const repeated: { code: number; occurrences: number }[] = [];
  if (countTable) {
    for (let code = 0; code < size; code++)
      if (countTable[code]! > 1) repeated.push({ code, occurrences: countTable[code]! });
  } else {
    for (const [code, occurrences] of countMap) if (occurrences > 1) repeated.push({ code, occurrences });
  }
  const firstSeen = (code: number): number => firstOf.get(code) ?? 0;
  const top = repeated
    .sort((a, b) => b.occurrences - a.occurrences || firstSeen(a.code) - firstSeen(b.code))
    .slice(0, maxRepeats);
  const repeats: RepeatedSequence[] = top.map(({ code, occurrences }) => {
    const positions: number[] = [];
    for (let i = firstSeen(code); i >= 0 && positions.length < MAX_POSITIONS; i = codes.indexOf(code, i + 1))
      positions.push(i);
    let sequence = '';
    for (let j = 0, c = code; j < sequenceLength; j++, c = Math.floor(c / 26))
      sequence = String.fromCharCode(65 + (c % 26)) + sequence;
    return {
      sequence,
      positions,
      spacings: positions.slice(1).map((p, k) => p - positions[k]!),
      occurrences,
    };
  });

  const keyLengths: KeyLengthCandidate[] = [];
  for (let length = 2; length <= maxKeyLength; length++) {
    const spacingShare = spacingCount === 0 ? 0 : divides[length]! / spacingCount;
    const columnIc = periodicIndexOfCoincidence(letters, length);
    const english = Math.min(1, Math.max(0, (columnIc - RANDOM_IC) / (ENGLISH_IC - RANDOM_IC)));
    // Without repeats only the columns speak; a small penalty per letter of length prefers the
    // shortest of several equally English widths (the multiples of the true length).
    const score = spacingCount === 0 ? english * (1 - length / 200) : english * spacingShare;
    keyLengths.push({ length, spacingShare, columnIc, score });
  }
  keyLengths.sort((a, b) => b.score - a.score || a.length - b.length);
  return { repeats, keyLengths };
}
