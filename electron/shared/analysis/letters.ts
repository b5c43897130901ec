// Extracts and counts the letters A-Z of a text in one fast pass; every letter statistic starts here.

/** The letters of `text` as numbers 0-25, case folded; everything else skipped. */
export function letterIndices(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32; // folds A-Z onto a-z; other characters stay outside a-z
    if (c >= 97 && c <= 122) out[n++] = c - 97;
  }
  return out.subarray(0, n);
}

export function countLetters(letters: Uint8Array): Int32Array {
  const counts = new Int32Array(26);
  for (let i = 0; i < letters.length; i++) counts[letters[i]!]!++;
  return counts;
}
