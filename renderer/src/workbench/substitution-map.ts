// Turns the substitution grid's partial letter mapping into the full cipher alphabet a substitution step needs.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const index = (letter: string) => letter.charCodeAt(0) - 65;

/** Cipher letter to plain letter, only for the letters the player has decided. */
export type LetterMapping = Readonly<Record<string, string>>;

/** True for 26 distinct letters A-Z in any case, the only alphabets a substitution step accepts. */
export function isFullAlphabet(text: string): boolean {
  const upper = text.replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{26}$/.test(upper) && new Set(upper).size === 26;
}

/**
 * Reads a decrypting step's alphabet back as a mapping. A letter that stands for itself counts as undecided,
 * because that is how `completeAlphabet` fills the gaps.
 */
export function mappingFromAlphabet(alphabet: string): LetterMapping {
  if (!isFullAlphabet(alphabet)) return {};
  const upper = alphabet.replace(/\s+/g, '').toUpperCase();
  const mapping: Record<string, string> = {};
  for (let plain = 0; plain < 26; plain++) {
    const cipher = upper[plain]!;
    if (index(cipher) !== plain) mapping[cipher] = ALPHABET[plain]!;
  }
  return mapping;
}

/** Sets cipher letter `cipher` to stand for `plain` ('' clears it); a plain letter can have one cipher letter. */
export function assignLetter(mapping: LetterMapping, cipher: string, plain: string): LetterMapping {
  const next: Record<string, string> = {};
  for (const [c, p] of Object.entries(mapping)) if (c !== cipher && p !== plain) next[c] = p;
  if (plain) next[cipher] = plain;
  return next;
}

export interface CompletedAlphabet {
  /** The decrypting alphabet: the cipher letter for plain A, then for plain B, and so on. */
  readonly alphabet: string;
  /** Undecided cipher letters that could not stand for themselves, and the plain letter they were given. */
  readonly filled: LetterMapping;
}

/**
 * Completes a partial mapping into a valid alphabet. Undecided letters stand for themselves where that letter
 * is still free, so they pass through unchanged; the few that cannot take the remaining letters in order.
 */
export function completeAlphabet(mapping: LetterMapping): CompletedAlphabet {
  const cipherFor: (string | undefined)[] = new Array(26);
  const used = new Set<string>();
  for (const [cipher, plain] of Object.entries(mapping)) {
    cipherFor[index(plain)] = cipher;
    used.add(cipher);
  }
  for (let plain = 0; plain < 26; plain++) {
    const same = ALPHABET[plain]!;
    if (cipherFor[plain] === undefined && !used.has(same)) {
      cipherFor[plain] = same;
      used.add(same);
    }
  }
  const spare = Array.from(ALPHABET).filter((letter) => !used.has(letter));
  const filled: Record<string, string> = {};
  for (let plain = 0; plain < 26; plain++) {
    if (cipherFor[plain] !== undefined) continue;
    const cipher = spare.shift()!;
    cipherFor[plain] = cipher;
    filled[cipher] = ALPHABET[plain]!;
  }
  return { alphabet: cipherFor.join(''), filled };
}

export interface KeywordAlphabet {
  /** The 26-letter cipher alphabet: the keyword's letters, each once, then the rest of A to Z in order. */
  alphabet: string;
  /** The keyword as letters, with what was left out and why, in a sentence. */
  explanation: string;
}

/**
 * Builds a keyword alphabet, the classic way to remember a substitution key. Only letters count; a letter
 * that comes again is kept the first time only, since every letter may appear once in an alphabet.
 */
export function keywordAlphabet(keyword: string): KeywordAlphabet {
  const letters = keyword.toUpperCase().replace(/[^A-Z]/g, '');
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const letter of letters) (kept.includes(letter) ? dropped : kept).push(letter);
  const rest = [...ALPHABET].filter((l) => !kept.includes(l)).join('');
  const alphabet = kept.join('') + rest;
  if (kept.length === 0)
    return { alphabet: ALPHABET, explanation: 'Type a keyword: only its letters count.' };
  const repeats =
    dropped.length === 0
      ? 'No letter repeats, so every keyword letter is kept.'
      : `${[...new Set(dropped)].join(', ')} ${new Set(dropped).size === 1 ? 'comes' : 'come'} again in ${letters}, and each letter may stand once in an alphabet, so only the first is kept: ${kept.join('')}.`;
  return {
    alphabet,
    explanation: `${repeats} The rest of the alphabet follows in order, leaving out those letters: ${kept.join('')} + ${rest}.`,
  };
}
