// The board as Svelte Flow nodes and edges: node kinds with type guards, and conversion to and from the save.
import { MarkerType, type Edge, type Node } from '@xyflow/svelte';
import type { BoardEdge, BoardNode, BoardState, PublicClue, PublicLinkType } from '@shared/game-types';
import { CARD_SIZE, NOTE_SIZE } from '@shared/board/json-canvas';
import { CLUE_KIND_ORDER, kindStyle } from './clue-kinds';

export interface CardData extends Record<string, unknown> {
  clueId: string;
  kind: string;
  title: string;
  date?: string;
}
export interface NoteData extends Record<string, unknown> {
  text: string;
}
export interface GroupData extends Record<string, unknown> {
  label: string;
}
export interface LinkData extends Record<string, unknown> {
  type: string;
  label: string;
}

export interface LaneData extends Record<string, unknown> {
  label: string;
}

export type CardNode = Node<CardData, 'card'>;
export type LaneNode = Node<LaneData, 'lane'>;
export type NoteNode = Node<NoteData, 'note'>;
export type GroupNode = Node<GroupData, 'group'>;
export type BoardFlowNode = CardNode | NoteNode | GroupNode | LaneNode;
export type LinkEdge = Edge<LinkData, 'link'>;

export const isCard = (n: BoardFlowNode | undefined): n is CardNode => n?.type === 'card';
export const isNote = (n: BoardFlowNode | undefined): n is NoteNode => n?.type === 'note';
export const isGroup = (n: BoardFlowNode | undefined): n is GroupNode => n?.type === 'group';
export const isLane = (n: BoardFlowNode | undefined): n is LaneNode => n?.type === 'lane';

export const LANE_LABEL = 'Timeline, earliest to latest';

/** The band behind dated cards lined up by date: drawn only, never selected, dragged or linked. */
export function makeLane(id: string, x: number, y: number, width: number, height: number): LaneNode {
  return {
    id,
    type: 'lane',
    position: { x, y },
    data: { label: LANE_LABEL },
    width,
    height,
    zIndex: -2,
    draggable: false,
    selectable: false,
    focusable: false,
    connectable: false,
    style: `width:${width}px;height:${height}px`,
  };
}

export function nodeTitle(node: BoardFlowNode | undefined): string {
  if (!node) return 'a removed card';
  if (isCard(node)) return node.data.title;
  if (isNote(node)) return node.data.text.trim().split('\n')[0]?.slice(0, 40) || 'empty note';
  if (isLane(node)) return node.data.label;
  return node.data.label || 'group';
}

export function cardAriaLabel(data: CardData): string {
  return `${kindStyle(data.kind).label}: ${data.title}${data.date ? `, ${data.date}` : ''}`;
}

export function makeCard(
  id: string,
  clue: Pick<PublicClue, 'id' | 'kind' | 'title' | 'date'>,
  x: number,
  y: number,
): CardNode {
  const data: CardData = { clueId: clue.id, kind: clue.kind, title: clue.title };
  if (clue.date) data.date = clue.date;
  return { id, type: 'card', position: { x, y }, data, ariaLabel: cardAriaLabel(data), origin: [0, 0] };
}

export function makeNote(id: string, text: string, x: number, y: number): NoteNode {
  return {
    id,
    type: 'note',
    position: { x, y },
    data: { text },
    ariaLabel: `Note: ${text || 'empty'}`,
    width: NOTE_SIZE.width,
    height: NOTE_SIZE.height,
  };
}

export function makeGroup(
  id: string,
  label: string,
  x: number,
  y: number,
  width: number,
  height: number,
): GroupNode {
  return {
    id,
    type: 'group',
    position: { x, y },
    data: { label },
    ariaLabel: `Group: ${label}`,
    width,
    height,
    zIndex: -1,
    style: `width:${width}px;height:${height}px`,
  };
}

export function linkLabel(type: string, linkTypes: PublicLinkType[]): string {
  return linkTypes.find((t) => t.id === type)?.label ?? type;
}

export function makeLink(
  id: string,
  from: BoardFlowNode | undefined,
  to: BoardFlowNode | undefined,
  type: string,
  linkTypes: PublicLinkType[],
): LinkEdge {
  const label = linkLabel(type, linkTypes);
  const symmetric = linkTypes.find((t) => t.id === type)?.symmetric ?? false;
  const edge: LinkEdge = {
    id,
    type: 'link',
    source: from?.id ?? '',
    target: to?.id ?? '',
    data: { type, label },
    ariaLabel: `${nodeTitle(from)} ${label} ${nodeTitle(to)}`,
  };
  // Directed links ("wrote") get an arrowhead; symmetric ones ("knows") read the same both ways.
  if (!symmetric) edge.markerEnd = { type: MarkerType.ArrowClosed, width: 18, height: 18 };
  return edge;
}

/** Absolute position of a node: children of a group keep positions relative to it. */
export function absolutePosition(
  node: BoardFlowNode,
  byId: Map<string, BoardFlowNode>,
): { x: number; y: number } {
  const parent = node.parentId ? byId.get(node.parentId) : undefined;
  return parent
    ? { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y }
    : node.position;
}

export function nodeSize(node: BoardFlowNode): { width: number; height: number } {
  const fallback = isCard(node) ? CARD_SIZE : NOTE_SIZE;
  return {
    width: node.width ?? node.measured?.width ?? fallback.width,
    height: node.height ?? node.measured?.height ?? fallback.height,
  };
}

export function toBoardState(
  nodes: BoardFlowNode[],
  edges: LinkEdge[],
  viewport: BoardState['viewport'],
): BoardState {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: BoardNode[] = nodes.map((node) => {
    const { x, y } = absolutePosition(node, byId);
    const saved: BoardNode = { id: node.id, kind: isCard(node) ? node.data.kind : node.type, x, y };
    if (isCard(node)) saved.clueId = node.data.clueId;
    if (isNote(node)) saved.text = node.data.text;
    if (isGroup(node) || isLane(node)) {
      if (isGroup(node)) saved.text = node.data.label;
      const size = nodeSize(node);
      saved.width = size.width;
      saved.height = size.height;
    }
    if (node.parentId) saved.groupId = node.parentId;
    return saved;
  });
  const saved: BoardEdge[] = edges.map((e) => ({
    id: e.id,
    from: e.source,
    to: e.target,
    type: e.data?.type ?? '',
  }));
  return {
    nodes: out,
    edges: saved,
    groups: nodes.filter(isGroup).map((g) => ({ id: g.id, label: g.data.label })),
    notes: nodes.filter(isNote).map((n) => ({ id: n.id, text: n.data.text })),
    viewport: { ...viewport },
  };
}

/** Rebuilds flow nodes from a save. Groups come first because Svelte Flow needs parents before children. */
export function fromBoardState(
  board: BoardState,
  clues: PublicClue[],
  linkTypes: PublicLinkType[],
): { nodes: BoardFlowNode[]; edges: LinkEdge[] } {
  const clueById = new Map(clues.map((c) => [c.id, c]));
  const groups: (GroupNode | LaneNode)[] = [];
  const rest: BoardFlowNode[] = [];
  const saved = [...(board.nodes ?? [])];
  // Notes listed only in `notes` (older saves) still come back, at the origin.
  for (const note of board.notes ?? []) {
    if (!saved.some((n) => n.id === note.id))
      saved.push({ id: note.id, kind: 'note', text: String(note.text ?? ''), x: 0, y: 0 });
  }
  const groupPos = new Map<string, { x: number; y: number }>();
  for (const n of saved) {
    if (n.kind !== 'group') continue;
    const width = typeof n.width === 'number' ? n.width : 400;
    const height = typeof n.height === 'number' ? n.height : 300;
    const label =
      typeof n.text === 'string'
        ? n.text
        : String(board.groups?.find((g) => g.id === n.id)?.label ?? 'Group');
    groups.push(makeGroup(n.id, label, n.x, n.y, width, height));
    groupPos.set(n.id, { x: n.x, y: n.y });
  }
  for (const n of saved) {
    let node: BoardFlowNode | undefined;
    if (n.kind === 'group') continue;
    if (n.kind === 'lane') {
      groups.unshift(makeLane(n.id, n.x, n.y, Number(n.width ?? 600), Number(n.height ?? 160)));
      continue;
    }
    if (n.kind === 'note') node = makeNote(n.id, n.text ?? '', n.x, n.y);
    else if (n.clueId) {
      const clue = clueById.get(n.clueId) ?? {
        id: n.clueId,
        kind: n.kind as PublicClue['kind'],
        title: n.text ?? n.clueId,
      };
      node = makeCard(n.id, clue, n.x, n.y);
    }
    if (!node) continue;
    const parent = n.groupId ? groupPos.get(n.groupId) : undefined;
    if (parent && n.groupId)
      node = { ...node, parentId: n.groupId, position: { x: n.x - parent.x, y: n.y - parent.y } };
    rest.push(node);
  }
  const nodes = [...groups, ...rest];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = (board.edges ?? [])
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((e) => makeLink(e.id, byId.get(e.from), byId.get(e.to), e.type, linkTypes));
  return { nodes, edges };
}

/** True when a link of `type` already joins the two nodes (either way round for symmetric types). */
export function hasLink(
  edges: LinkEdge[],
  from: string,
  to: string,
  type: string,
  linkTypes: PublicLinkType[],
): boolean {
  const symmetric = linkTypes.find((t) => t.id === type)?.symmetric ?? false;
  return edges.some(
    (e) =>
      e.data?.type === type &&
      ((e.source === from && e.target === to) || (symmetric && e.source === to && e.target === from)),
  );
}

/** Link types still free between two nodes; a connection is only worth offering when one is left. */
export function freeLinkTypes(
  edges: LinkEdge[],
  from: string,
  to: string,
  linkTypes: PublicLinkType[],
): PublicLinkType[] {
  if (from === to) return [];
  return linkTypes.filter((t) => !hasLink(edges, from, to, t.id, linkTypes));
}

export function neighbourIds(edges: LinkEdge[], id: string): Set<string> {
  const out = new Set<string>([id]);
  for (const e of edges) {
    if (e.source === id) out.add(e.target);
    if (e.target === id) out.add(e.source);
  }
  return out;
}

export function matchesSearch(
  node: BoardFlowNode,
  query: string,
  clueText: (clueId: string) => string,
): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (isCard(node)) {
    return `${node.data.title} ${node.data.date ?? ''} ${clueText(node.data.clueId)}`
      .toLowerCase()
      .includes(q);
  }
  if (isNote(node)) return node.data.text.toLowerCase().includes(q);
  return node.data.label.toLowerCase().includes(q);
}

/** Card-sized cells for placement: a card placed on this grid never hides another. */
const CELL = { width: 250, height: 120 };

/** The free spot nearest to `centre` on a grid of card-sized cells, searched ring by ring. */
export function freeSpot(
  nodes: readonly BoardFlowNode[],
  centre: { x: number; y: number },
): { x: number; y: number } {
  const origin = { x: centre.x - 110, y: centre.y - 40 };
  const busy = (x: number, y: number) =>
    nodes.some(
      (n) => Math.abs(n.position.x - x) < CELL.width - 20 && Math.abs(n.position.y - y) < CELL.height - 20,
    );
  for (let ring = 0; ring < 20; ring += 1) {
    for (let dy = -ring; dy <= ring; dy += 1) {
      for (let dx = -ring; dx <= ring; dx += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = origin.x + dx * CELL.width;
        const y = origin.y + dy * CELL.height;
        if (!busy(x, y)) return { x, y };
      }
    }
  }
  return origin;
}

/** Cards and notes a link from `sourceId` may still go to, titled with their kind. */
export function linkTargets(
  nodes: readonly BoardFlowNode[],
  edges: LinkEdge[],
  sourceId: string,
  linkTypes: PublicLinkType[],
): { id: string; title: string }[] {
  return nodes
    .filter(
      (n) =>
        n.id !== sourceId &&
        !isGroup(n) &&
        !isLane(n) &&
        freeLinkTypes(edges, sourceId, n.id, linkTypes).length > 0,
    )
    .map((n) => ({
      id: n.id,
      title: `${nodeTitle(n)} (${isCard(n) ? kindStyle(n.data.kind).label : 'Note'})`,
    }));
}

/** The links touching one node, as the details panel lists them. */
export function linksOf(edges: LinkEdge[], id: string): { id: string; text: string }[] {
  return edges
    .filter((e) => e.source === id || e.target === id)
    .map((e) => ({ id: e.id, text: e.ariaLabel ?? '' }));
}

/** Cards on the board, as the deduction slots offer them. */
export function cardOptions(
  nodes: readonly BoardFlowNode[],
): { clueId: string; kind: string; title: string }[] {
  return nodes.filter(isCard).map((n) => ({ clueId: n.data.clueId, kind: n.data.kind, title: n.data.title }));
}

/** Links between two cards, named by clue, as link deductions offer them; links to notes prove nothing. */
export function linkOptions(
  nodes: readonly BoardFlowNode[],
  edges: LinkEdge[],
): { id: string; from: string; to: string; type: string; text: string }[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!isCard(a) || !isCard(b)) return [];
    return [
      { id: e.id, from: a.data.clueId, to: b.data.clueId, type: e.data?.type ?? '', text: e.ariaLabel ?? '' },
    ];
  });
}

/** What the search, the kind filter and a neighbour focus do to one node: they change the view, never the save. */
export function viewRule(filter: {
  query: string;
  kind: string;
  near: Set<string> | undefined;
  clueText: (clueId: string) => string;
}): (n: BoardFlowNode) => 'show' | 'dim' | 'hide' {
  return (n) => {
    if (isGroup(n) || isLane(n)) return 'show';
    if (filter.kind && !(isCard(n) ? n.data.kind === filter.kind : filter.kind === 'note')) return 'hide';
    if (filter.near && !filter.near.has(n.id)) return 'dim';
    if (filter.query && !matchesSearch(n, filter.query, filter.clueText)) return 'dim';
    return 'show';
  };
}

/**
 * Cards in one column per kind (people, places, events…, then notes), earliest date first, then by title:
 * the arrangement for a board with no links to follow.
 */
export function kindColumns(nodes: readonly BoardFlowNode[]): Map<string, { x: number; y: number }> {
  const order = [...CLUE_KIND_ORDER, 'note'] as readonly string[];
  const kindOf = (n: BoardFlowNode) => (isCard(n) ? n.data.kind : 'note');
  const columns = [...new Set(nodes.map(kindOf))].sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const date = (n: BoardFlowNode) => (isCard(n) ? (n.data.date ?? '') : '');
  // Dated cards first, in date order (ISO dates compare as text); undated ones after, by title.
  const byDateThenTitle = (a: BoardFlowNode, b: BoardFlowNode) =>
    Number(!date(a)) - Number(!date(b)) ||
    (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0) ||
    nodeTitle(a).localeCompare(nodeTitle(b));
  const out = new Map<string, { x: number; y: number }>();
  columns.forEach((kind, column) => {
    nodes
      .filter((n) => kindOf(n) === kind)
      .sort(byDateThenTitle)
      .forEach((n, row) => out.set(n.id, { x: column * CELL.width * 1.1, y: row * (CELL.height + 20) }));
  });
  return out;
}
