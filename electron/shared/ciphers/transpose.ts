// Shared machinery of the transposition ciphers: only letters and digits move, everything else stays put.

const isMovable = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Applies a permutation to the letters and digits of `text`, leaving spaces and punctuation in place.
 * `order(n)` lists, for each output slot 0..n-1, which input slot it reads from.
 */
export function transpose(text: string, order: (n: number) => Int32Array, inverse: boolean): string {
  const slots: number[] = [];
  for (let i = 0; i < text.length; i++) if (isMovable(text.charCodeAt(i))) slots.push(i);
  const perm = order(slots.length);
  const out = text.split('');
  for (let j = 0; j < slots.length; j++) {
    if (inverse) out[slots[perm[j]!]!] = text[slots[j]!]!;
    else out[slots[j]!] = text[slots[perm[j]!]!]!;
  }
  return out.join('');
}

/** Stable order of positions 0..n-1 grouped by `group(i)` (0..groups-1): a counting sort. */
export function groupOrder(n: number, groups: number, group: (i: number) => number): Int32Array {
  const counts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) counts[group(i) + 1]!++;
  for (let g = 1; g <= groups; g++) counts[g]! += counts[g - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[counts[group(i)]!++] = i;
  return order;
}
