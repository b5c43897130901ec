// Sizes no real player's save reaches, enforced by the contract and the save engine so a runaway or
// hostile call cannot bloat the save folder or slow every start.

export const SAVE_LIMITS = {
  /**
   * Largest board the window may send, as JSON. A board of 1,000 cards with links between them (far more
   * than any pack has clues) is about 330 KB.
   */
  maxBoardBytes: 2 * 1024 * 1024,
  /** Largest recipe of one puzzle, as JSON: a hundred steps with short keys stay under 20 KB. */
  maxRecipeBytes: 64 * 1024,
  /** Most parameters one recipe step may carry; the cipher with the most has six. */
  maxRecipeParams: 16,
  /** Largest whole save slot, as JSON. */
  maxSlotBytes: 4 * 1024 * 1024,
  /** Largest file one saved copy may be on disk; anything bigger is set aside unread. */
  maxCopyBytes: 12 * 1024 * 1024,
} as const;

/** Length in bytes of a value written as JSON (UTF-8), counted without encoding it. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Surrogate pairs count 2 units for 4 bytes; other characters above 0x7f take 2 or 3 bytes.
    if (code > 0x7ff && (code < 0xd800 || code > 0xdfff)) bytes += 2;
    else if (code > 0x7f && (code < 0xd800 || code > 0xdfff)) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) bytes += 2;
  }
  return bytes;
}
