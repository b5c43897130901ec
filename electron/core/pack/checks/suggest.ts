// "Did you mean" for a misspelt name: the closest known name by edit distance, when it is close enough.
import { distance } from 'fastest-levenshtein';

/** The known name nearest to `wrong`, if a typo could explain the difference. */
export function closestName(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = wrong.toLowerCase();
  for (const name of known) {
    const d = distance(lower, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  // A third of the length allows a slip or two in a long id, never a different short word.
  return best !== undefined && bestDistance > 0 && bestDistance <= Math.max(1, Math.floor(wrong.length / 3))
    ? best
    : undefined;
}

/** ` (did you mean "x"?)` or nothing, to follow the quoted wrong name in a message. */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  const name = closestName(wrong, known);
  return name === undefined ? '' : ` (did you mean "${name}"?)`;
}
