// Ranking operations for the picker's search: the operation the player named comes before ones that only
// mention the word somewhere in their description.

export interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** Lower is better; undefined means no match at all. */
function rank(op: Searchable, q: string): number | undefined {
  const name = op.name.toLowerCase();
  const words = name.split(/[^a-z0-9è]+/).filter(Boolean);
  if (op.id === q || name === q) return 0;
  if (op.id.startsWith(q) || name.startsWith(q)) return 1;
  if (words.some((w) => w.startsWith(q))) return 2;
  if (op.id.includes(q) || name.includes(q)) return 3;
  if (op.description.toLowerCase().includes(q)) return 4;
  return undefined;
}

/** Operations matching `query`, best first; the list's own order breaks ties, so the order stays stable. */
export function searchOperations<T extends Searchable>(all: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...all];
  return all
    .map((op, index) => ({ op, index, rank: rank(op, q) }))
    .filter((m): m is { op: T; index: number; rank: number } => m.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.op);
}
