// Seeded synthetic boards for the board bench: the same cards and links for our board and for bare Svelte Flow.
import type { BoardState, PublicClue, PublicLinkType } from '@shared/game-types';
import { CLUE_KINDS as KINDS } from '@shared/pack/kinds';

export const LINK_TYPES: PublicLinkType[] = [
  { id: 'knows', label: 'knows', symmetric: true },
  { id: 'was-at', label: 'was at', symmetric: false },
  { id: 'wrote', label: 'wrote', symmetric: false },
  { id: 'contradicts', label: 'contradicts', symmetric: true },
  { id: 'same-signature', label: 'same signature', symmetric: true },
];

/** Mulberry32: small, fast and the same in every browser, so both pages get the same graph. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticBoard {
  clues: PublicClue[];
  board: BoardState;
}

/** Cards on a grid; most links join near neighbours, one in five crosses the board, as real cases do. */
export function syntheticBoard(cards: number, links: number, seed = 8): SyntheticBoard {
  const rnd = seeded(seed);
  const columns = Math.ceil(Math.sqrt(cards * 1.6));
  const clues: PublicClue[] = [];
  const nodes: BoardState['nodes'] = [];
  for (let i = 0; i < cards; i += 1) {
    const kind = KINDS[Math.floor(rnd() * KINDS.length)]!;
    const clue: PublicClue = {
      id: `c${i}`,
      kind,
      title: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${i}`,
      text: `Synthetic clue number ${i}.`,
      source: { file: `f${i % 50}`, quote: `quote ${i}` },
    };
    if (rnd() < 0.2) clue.date = `2148-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    clues.push(clue);
    nodes.push({
      id: `card-c${i}`,
      kind,
      clueId: clue.id,
      x: (i % columns) * 320,
      y: Math.floor(i / columns) * 180,
    });
  }
  const edges: BoardState['edges'] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (edges.length < links && guard < links * 20) {
    guard += 1;
    const from = Math.floor(rnd() * cards);
    const to =
      rnd() < 0.8
        ? from + Math.round((rnd() - 0.5) * 6) + Math.round((rnd() - 0.5) * 6) * columns
        : Math.floor(rnd() * cards);
    if (to < 0 || to >= cards || to === from) continue;
    const type = LINK_TYPES[Math.floor(rnd() * LINK_TYPES.length)]!.id;
    const key = `${from}>${to}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: `e${edges.length}`, from: `card-c${from}`, to: `card-c${to}`, type });
  }
  return { clues, board: { nodes, edges, groups: [], notes: [], viewport: { x: 0, y: 0, zoom: 1 } } };
}
