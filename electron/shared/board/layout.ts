// Automatic board layouts: a layered graph layout (dagre) and a timeline lane ordered by date.
import dagre from '@dagrejs/dagre';

export interface LayoutItem {
  id: string;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Top-left positions for each item, left to right along the links. */
export function layeredLayout(
  items: LayoutItem[],
  links: { from: string; to: string }[],
  options: { direction?: 'LR' | 'TB'; gap?: number } = {},
): Map<string, Point> {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  const gap = options.gap ?? 48;
  graph.setGraph({
    rankdir: options.direction ?? 'LR',
    nodesep: gap,
    ranksep: gap * 2,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) graph.setNode(item.id, { width: item.width, height: item.height });
  links.forEach((link, i) => {
    if (ids.has(link.from) && ids.has(link.to) && link.from !== link.to)
      graph.setEdge(link.from, link.to, {}, `e${i}`);
  });
  dagre.layout(graph);
  const out = new Map<string, Point>();
  for (const item of items) {
    const placed = graph.node(item.id) as { x: number; y: number } | undefined;
    if (placed) out.set(item.id, { x: placed.x - item.width / 2, y: placed.y - item.height / 2 });
  }
  return out;
}

/** Sorts dates written as ISO (2148-05-27), with or without a time; undated or odd dates go last, by text. */
export function compareDates(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) {
    if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
    return a.localeCompare(b);
  }
  return ta - tb;
}

/** Positions dated items on one row at `top`, in date order, `step` apart, starting at `left`. */
export function timelineLane(
  items: { id: string; date: string }[],
  origin: Point,
  step = 260,
): Map<string, Point> {
  const sorted = [...items].sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
  return new Map(sorted.map((item, i) => [item.id, { x: origin.x + i * step, y: origin.y }]));
}
