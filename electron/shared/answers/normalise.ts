// Answer normalisation: the one canonical form typed answers and deduction submissions are compared in.

export interface NormaliseOptions {
  /** Keep single spaces between words (for answers where word breaks matter). Default false. */
  keepSpaces?: boolean;
}

// Combining marks are dropped after NFKD so that "Café" and "cafe" meet.
const COMBINING = /\p{M}/gu;
// Everything that is neither a letter, a digit nor whitespace counts as punctuation.
const NOT_WORD = /[^\p{L}\p{N}\s]/gu;

/**
 * Normalise a typed answer: Unicode NFKD, combining marks removed, case folded, punctuation dropped,
 * digits kept, and spaces dropped (or collapsed to one when `keepSpaces` is set).
 */
export function normaliseAnswer(raw: string, options: NormaliseOptions = {}): string {
  const folded = raw.normalize('NFKD').replace(COMBINING, '').toLowerCase().normalize('NFKD');
  const words = folded.replace(COMBINING, '').replace(NOT_WORD, '');
  if (options.keepSpaces) return words.trim().split(/\s+/u).filter(Boolean).join(' ');
  return words.replace(/\s+/gu, '');
}

/** A board link as a deduction answer or a player's submission. */
export interface LinkAnswer {
  from: string;
  type: string;
  to: string;
}

const cleanId = (id: string): string => id.trim().toLowerCase();

/** The canonical string of a fill deduction: `slot=clueId` pairs sorted by slot, joined by `;`. */
export function canonicalFills(fills: Readonly<Record<string, string>>): string {
  return Object.keys(fills)
    .map((slot) => [cleanId(slot), cleanId(fills[slot] ?? '')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([slot, clue]) => `${slot}=${clue}`)
    .join(';');
}

/** The canonical string of one link; symmetric link types ignore direction. */
export function canonicalLink(link: LinkAnswer, symmetric = false): string {
  let from = cleanId(link.from);
  let to = cleanId(link.to);
  if (symmetric && to < from) [from, to] = [to, from];
  return `${from}|${cleanId(link.type)}|${to}`;
}

/** The canonical string of a set of links: each link canonical, duplicates dropped, sorted, joined by `;`. */
export function canonicalLinks(
  links: readonly LinkAnswer[],
  symmetricTypes: ReadonlySet<string> = new Set(),
): string {
  const set = new Set(links.map((l) => canonicalLink(l, symmetricTypes.has(cleanId(l.type)))));
  return [...set].sort().join(';');
}
