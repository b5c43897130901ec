// The board's state and every edit to it: each edit replaces arrays, records undo and reports the new save.
/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps and Sets here are lookups local to one edit, never reactive state */
import type { Viewport } from '@xyflow/svelte';
import type { BoardState, PublicClue, PublicLinkType } from '@shared/game-types';
import { layeredLayout, timelineLane } from '@shared/board/layout';
import {
  absolutePosition,
  fromBoardState,
  hasLink,
  isCard,
  isGroup,
  isLane,
  kindColumns,
  makeCard,
  makeLane,
  makeGroup,
  makeLink,
  makeNote,
  nodeSize,
  nodeTitle,
  toBoardState,
  type BoardFlowNode,
  type LinkEdge,
} from './board-graph';
import { History } from './history';
import { createAnnouncer } from '../lib/announcer';

interface Snapshot {
  nodes: BoardFlowNode[];
  edges: LinkEdge[];
}

let counter = 0;
function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

const DIRECTIONS: Record<string, [number, number, string]> = {
  ArrowLeft: [-1, 0, 'left'],
  ArrowRight: [1, 0, 'right'],
  ArrowUp: [0, -1, 'up'],
  ArrowDown: [0, 1, 'down'],
};

export class BoardModel {
  nodes = $state.raw<BoardFlowNode[]>([]);
  edges = $state.raw<LinkEdge[]>([]);
  viewport = $state.raw<Viewport>({ x: 0, y: 0, zoom: 1 });
  /**
   * Lists derived from nodes must not rerun on every drag frame, so they read these copies, which change
   * only when the board's content changes, not while Svelte Flow moves nodes around.
   */
  content = $state.raw<BoardFlowNode[]>([]);
  /** Deduction slots filled so far, solved or not: kept with the board so they outlast the screen. */
  fills = $state.raw<Record<string, Record<string, string>>>({});
  /** Links ticked for link deductions, kept like fills. */
  picks = $state.raw<Record<string, string[]>>({});
  /** Clues seen on an earlier visit to the board. */
  seen: string[] = [];
  contentEdges = $state.raw<LinkEdge[]>([]);
  /** The latest sentence for the aria-live region. */
  message = $state('');
  canUndo = $state(false);
  canRedo = $state(false);

  private history = new History<Snapshot>();
  private lastMoveAt = 0;
  linkTypes: PublicLinkType[] = [];
  onChange: (board: BoardState) => void = () => {};

  load(board: BoardState, clues: PublicClue[], linkTypes: PublicLinkType[]): void {
    this.linkTypes = linkTypes;
    const flow = fromBoardState(board, clues, linkTypes);
    this.nodes = flow.nodes;
    this.edges = flow.edges;
    this.viewport = { ...board.viewport };
    // A board imported from a canvas file has no fills: the player's slots stay as they were.
    this.fills = board.fills ?? this.fills;
    this.picks = board.picks ?? this.picks;
    this.seen = board.seen ?? this.seen;
    this.syncContent();
  }

  private syncContent(): void {
    this.content = this.nodes;
    this.contentEdges = this.edges;
  }

  /** Puts nodes back as they were before a drag that turned out not to be a move. */
  restore(before: Snapshot): void {
    this.nodes = before.nodes;
    this.edges = before.edges;
    this.syncContent();
  }

  save(): BoardState {
    const board: BoardState = toBoardState(this.nodes, this.edges, this.viewport);
    if (Object.keys(this.fills).length) board.fills = this.fills;
    if (Object.keys(this.picks).length) board.picks = this.picks;
    if (this.seen.length) board.seen = this.seen;
    return board;
  }

  /** Clues not seen on an earlier visit. */
  unseen(clues: readonly { id: string }[]): Set<string> {
    return new Set(clues.map((c) => c.id).filter((id) => !this.seen.includes(id)));
  }

  /** Link types can change while the board is open (a new chapter brings more). */
  useLinkTypes(linkTypes: PublicLinkType[]): void {
    this.linkTypes = linkTypes;
  }

  /** Marks clues as seen, so the next visit shows only newer ones as new. */
  markSeen(clueIds: string[]): void {
    const next = [...new Set([...this.seen, ...clueIds])];
    if (next.length === this.seen.length) return;
    this.seen = next;
    this.onChange(this.save());
  }

  /** Fills one deduction slot (an empty clue id empties it). Not an undoable board edit: the slot shows it. */
  setFill(deductionId: string, slot: string, clueId: string): void {
    const current = { ...(this.fills[deductionId] ?? {}) };
    if (clueId) current[slot] = clueId;
    else delete current[slot];
    this.fills = { ...this.fills, [deductionId]: current };
    this.onChange(this.save());
  }

  /** Sets the links ticked for one link deduction. Like a fill, not an undoable board edit. */
  setPicks(deductionId: string, linkIds: string[]): void {
    this.picks = { ...this.picks, [deductionId]: linkIds };
    this.onChange(this.save());
  }

  readonly announce = createAnnouncer((text) => (this.message = text));

  private snapshot(): Snapshot {
    return { nodes: this.nodes, edges: this.edges };
  }

  /** Applies one undoable edit and reports the new board. */
  commit(next: Partial<Snapshot>, message?: string, before: Snapshot = this.snapshot()): void {
    this.history.record(before);
    if (next.nodes) this.nodes = next.nodes;
    if (next.edges) this.edges = next.edges;
    this.afterChange(message);
  }

  private afterChange(message?: string): void {
    this.syncContent();
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
    if (message) this.announce(message);
    this.onChange(this.save());
  }

  /** Svelte Flow moved nodes itself (a drag); record the position before it began. */
  commitDrag(before: Snapshot, movedTitles: string[]): void {
    this.history.record(before);
    this.afterChange(
      movedTitles.length === 1 ? `Moved ${movedTitles[0]}` : `Moved ${movedTitles.length} items`,
    );
  }

  viewportChanged(): void {
    this.syncContent();
    this.onChange(this.save());
  }

  undo(): void {
    const previous = this.history.undo(this.snapshot());
    if (!previous) return this.announce('Nothing to undo');
    this.nodes = previous.nodes;
    this.edges = previous.edges;
    this.afterChange('Undone');
  }

  redo(): void {
    const next = this.history.redo(this.snapshot());
    if (!next) return this.announce('Nothing to redo');
    this.nodes = next.nodes;
    this.edges = next.edges;
    this.afterChange('Redone');
  }

  node(id: string): BoardFlowNode | undefined {
    return this.nodes.find((n) => n.id === id);
  }

  cardFor(clueId: string): BoardFlowNode | undefined {
    return this.nodes.find((n) => isCard(n) && n.data.clueId === clueId);
  }

  placeCard(clue: PublicClue, x: number, y: number): string {
    const existing = this.cardFor(clue.id);
    if (existing) return existing.id;
    const card = makeCard(`card-${clue.id}`, clue, x, y);
    this.commit(
      {
        nodes: [
          ...this.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
          { ...card, selected: true },
        ],
      },
      `Placed ${clue.title} on the board`,
    );
    return card.id;
  }

  addNote(text: string, x: number, y: number): string {
    const note = { ...makeNote(newId('note'), text, x, y), selected: true };
    this.commit(
      { nodes: [...this.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), note] },
      'Added a note',
    );
    return note.id;
  }

  editNote(id: string, text: string): void {
    this.commit({
      nodes: this.nodes.map((n) =>
        n.id === id && n.type === 'note'
          ? { ...n, data: { text }, ariaLabel: `Note: ${text || 'empty'}` }
          : n,
      ),
    });
  }

  renameGroup(id: string, label: string): void {
    this.commit({
      nodes: this.nodes.map((n) =>
        n.id === id && isGroup(n) ? { ...n, data: { label }, ariaLabel: `Group: ${label}` } : n,
      ),
    });
  }

  link(from: string, to: string, type: string): boolean {
    const a = this.node(from);
    const b = this.node(to);
    const label = this.linkTypes.find((t) => t.id === type)?.label ?? type;
    if (!a || !b || from === to) {
      this.announce('A card cannot be linked to itself.');
      return false;
    }
    if (hasLink(this.edges, from, to, type, this.linkTypes)) {
      this.announce(`${nodeTitle(a)} ${label} ${nodeTitle(b)} is already linked.`);
      return false;
    }
    const edge = makeLink(newId('link'), a, b, type, this.linkTypes);
    this.commit({ edges: [...this.edges, edge] }, `Linked ${nodeTitle(a)} ${label} ${nodeTitle(b)}`);
    return true;
  }

  unlink(edgeId: string): void {
    const edge = this.edges.find((e) => e.id === edgeId);
    if (!edge) return;
    this.commit(
      { edges: this.edges.filter((e) => e.id !== edgeId) },
      `Unlinked ${edge.ariaLabel ?? ''}`.trim(),
    );
  }

  /** Removes nodes (cards go back to the tray) with their links; groups let go of their members first. */
  remove(ids: string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const titles = ids.map((id) => nodeTitle(byId.get(id)));
    const nodes = this.nodes
      .filter((n) => !gone.has(n.id))
      .map((n) =>
        n.parentId && gone.has(n.parentId)
          ? { ...n, parentId: undefined, position: absolutePosition(n, byId) }
          : n,
      );
    const edges = this.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
    this.commit(
      { nodes, edges },
      titles.length === 1 ? `Removed ${titles[0]}` : `Removed ${titles.length} items`,
    );
  }

  /** Keyboard moves: repeated presses within a moment undo as one move. */
  moveBy(ids: string[], key: string, big: boolean): void {
    const dir = DIRECTIONS[key];
    if (!dir || ids.length === 0) return;
    const step = big ? 100 : 20;
    const set = new Set(ids);
    const now = Date.now();
    const before = this.snapshot();
    const nodes = this.nodes.map((n) =>
      set.has(n.id)
        ? { ...n, position: { x: n.position.x + dir[0] * step, y: n.position.y + dir[1] * step } }
        : n,
    );
    if (now - this.lastMoveAt > 800) this.history.record(before);
    this.lastMoveAt = now;
    this.nodes = nodes;
    const first = nodes.find((n) => set.has(n.id));
    this.afterChange(
      ids.length === 1 && first
        ? `Moved ${nodeTitle(first)} ${dir[2]}`
        : `Moved ${ids.length} items ${dir[2]}`,
    );
  }

  /** Frames the given nodes in a new group; members keep their place on screen. */
  group(ids: string[], label: string): string | undefined {
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const members = ids
      .map((id) => byId.get(id))
      .filter((n): n is BoardFlowNode => !!n && !isGroup(n) && !isLane(n));
    if (members.length === 0) {
      this.announce('Select one or more cards or notes to group.');
      return undefined;
    }
    const pad = 24;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const m of members) {
      const p = absolutePosition(m, byId);
      const s = nodeSize(m);
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + s.width);
      maxY = Math.max(maxY, p.y + s.height);
    }
    const gx = minX - pad;
    const gy = minY - pad - 28;
    const group = makeGroup(newId('group'), label, gx, gy, maxX - minX + pad * 2, maxY - minY + pad * 2 + 28);
    const memberIds = new Set(members.map((m) => m.id));
    const others = this.nodes.map((n) => {
      if (!memberIds.has(n.id)) return n;
      const p = absolutePosition(n, byId);
      return { ...n, parentId: group.id, position: { x: p.x - gx, y: p.y - gy }, selected: false };
    });
    // Parents must come before their children in Svelte Flow's list.
    this.commit({ nodes: [group, ...others] }, `Grouped ${members.length} items as ${label}`);
    return group.id;
  }

  ungroup(groupId: string): void {
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const group = byId.get(groupId);
    if (!isGroup(group)) return;
    const nodes = this.nodes
      .filter((n) => n.id !== groupId)
      .map((n) =>
        n.parentId === groupId ? { ...n, parentId: undefined, position: absolutePosition(n, byId) } : n,
      );
    this.commit({ nodes }, `Ungrouped ${group.data.label}`);
  }

  /** Lays out ungrouped cards and notes along their links, or in a column per kind when nothing is linked. */
  autoLayout(): void {
    const free = this.nodes.filter((n) => !n.parentId && !isGroup(n) && !isLane(n));
    const ids = new Set(free.map((n) => n.id));
    const links = this.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    if (links.length === 0) {
      const columns = kindColumns(free);
      const nodes = this.nodes.map((n) => {
        const p = columns.get(n.id);
        return p ? { ...n, position: p } : n;
      });
      return this.commit({ nodes }, 'Arranged the cards in a column per kind, as nothing is linked yet');
    }
    const placed = layeredLayout(
      free.map((n) => ({ id: n.id, ...nodeSize(n) })),
      links.map((e) => ({ from: e.source, to: e.target })),
    );
    const nodes = this.nodes.map((n) => {
      const p = placed.get(n.id);
      return p ? { ...n, position: p } : n;
    });
    this.commit({ nodes }, 'Arranged the board along its links');
  }

  /** Lines up dated cards in date order on a lane above everything else, and draws the lane behind them. */
  timeline(): void {
    const byId = new Map(this.nodes.map((n) => [n.id, n]));
    const dated = this.nodes.filter((n) => isCard(n) && n.data.date && !n.parentId);
    if (dated.length === 0) return this.announce('No card on the board has a date yet.');
    const rest = this.nodes.filter((n) => !dated.includes(n) && !isLane(n));
    const top = Math.min(0, ...rest.map((n) => absolutePosition(n, byId).y)) - 260;
    const step = 260;
    const lane = timelineLane(
      dated.map((n) => ({ id: n.id, date: isCard(n) ? (n.data.date ?? '') : '' })),
      { x: 0, y: top },
      step,
    );
    const band = makeLane('timeline-lane', -40, top - 48, dated.length * step + 40, 180);
    const nodes = [
      band,
      ...this.nodes
        .filter((n) => !isLane(n))
        .map((n) => {
          const p = lane.get(n.id);
          return p ? { ...n, position: p } : n;
        }),
    ];
    this.commit(
      { nodes },
      `Lined up ${dated.length} dated ${dated.length === 1 ? 'card' : 'cards'} in date order`,
    );
  }

  /** Selection is view state: it never enters the undo history. */
  select(ids: string[]): void {
    const set = new Set(ids);
    this.nodes = this.nodes.map((n) =>
      !!n.selected === set.has(n.id) ? n : { ...n, selected: set.has(n.id) },
    );
    this.edges = this.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
  }

  /** Selects every card and note that is shown, and returns their ids. */
  selectAll(): string[] {
    const ids = this.nodes.filter((n) => !n.hidden && !isGroup(n) && !isLane(n)).map((n) => n.id);
    this.select(ids);
    this.announce(`Selected ${ids.length} items`);
    return ids;
  }

  /** Adds a node to the selection or takes it out, and returns the new selection. */
  toggleSelected(id: string): string[] {
    const current = this.nodes.filter((n) => n.selected).map((n) => n.id);
    const next = current.includes(id) ? current.filter((s) => s !== id) : [...current, id];
    this.select(next);
    this.announce(`${next.length} selected`);
    return next;
  }

  /** The nodes a key acts on: the selection when the focused node is in it, otherwise the focused node. */
  targetsOf(focusedId: string | undefined): string[] {
    const selected = this.nodes.filter((n) => n.selected).map((n) => n.id);
    if (focusedId && !selected.includes(focusedId)) return [focusedId];
    return selected.length ? selected : focusedId ? [focusedId] : [];
  }

  /** Search, kind filter and neighbour focus: hidden or dimmed nodes, never part of the save. */
  applyView(visible: (n: BoardFlowNode) => 'show' | 'dim' | 'hide'): void {
    let changed = false;
    const hiddenIds = new Set<string>();
    const nodes = this.nodes.map((n) => {
      const v = visible(n);
      const hidden = v === 'hide';
      const cls = v === 'dim' ? 'dimmed' : undefined;
      if (hidden) hiddenIds.add(n.id);
      if (!!n.hidden === hidden && n.class === cls) return n;
      changed = true;
      return { ...n, hidden, class: cls };
    });
    if (changed) this.nodes = nodes;
    const edges = this.edges.map((e) => {
      const hidden = hiddenIds.has(e.source) || hiddenIds.has(e.target);
      return !!e.hidden === hidden ? e : { ...e, hidden };
    });
    if (edges.some((e, i) => e !== this.edges[i])) this.edges = edges;
  }
}

export { DIRECTIONS };
