// Evidence board to JSON Canvas 1.0 and back, so a board can be opened in other canvas tools and re-imported.
import type { BoardEdge, BoardNode, BoardState } from '../game-types';
import { UserError } from '../result';

export type CanvasNodeType = 'text' | 'file' | 'link' | 'group';

/** A JSON Canvas 1.0 node. `resonance` carries what the spec has no field for, so import is lossless. */
export interface CanvasNode {
  id: string;
  type: CanvasNodeType;
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
  text?: string;
  file?: string;
  url?: string;
  label?: string;
  resonance?: { kind: string; clueId?: string; groupId?: string; extra?: Record<string, unknown> };
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromSide?: 'top' | 'right' | 'bottom' | 'left';
  toSide?: 'top' | 'right' | 'bottom' | 'left';
  fromEnd?: 'none' | 'arrow';
  toEnd?: 'none' | 'arrow';
  color?: string;
  label?: string;
  resonance?: { type: string; extra?: Record<string, unknown> };
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  resonance?: { viewport: BoardState['viewport'] };
}

/** What the export needs to know beyond the board: card titles and texts, and link labels. */
export interface CanvasContext {
  clues: { id: string; title: string; text: string; date?: string }[];
  linkTypes: { id: string; label: string }[];
}

export const CARD_SIZE = { width: 220, height: 96 } as const;
export const NOTE_SIZE = { width: 200, height: 120 } as const;

/** JSON Canvas preset colours 1-6; kinds also keep their name in the text, so colour is never the only cue. */
const KIND_COLOR: Record<string, string> = {
  person: '6',
  place: '4',
  event: '2',
  object: '5',
  document: '3',
  signature: '1',
};

const KNOWN_NODE_KEYS = new Set(['id', 'kind', 'clueId', 'text', 'x', 'y', 'groupId', 'width', 'height']);
const KNOWN_EDGE_KEYS = new Set(['id', 'from', 'to', 'type']);

function extras(record: Record<string, unknown>, known: Set<string>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!known.has(key)) out[key] = value;
  return Object.keys(out).length ? out : undefined;
}

function sizeOf(node: BoardNode): { width: number; height: number } {
  const fallback = node.kind === 'note' || node.kind === 'group' ? NOTE_SIZE : CARD_SIZE;
  return {
    width: typeof node.width === 'number' ? node.width : fallback.width,
    height: typeof node.height === 'number' ? node.height : fallback.height,
  };
}

export function toJsonCanvas(board: BoardState, context: CanvasContext): JsonCanvas {
  const clues = new Map(context.clues.map((c) => [c.id, c]));
  const labels = new Map(context.linkTypes.map((t) => [t.id, t.label]));
  const nodes: CanvasNode[] = board.nodes.map((node) => {
    const { width, height } = sizeOf(node);
    const base = {
      id: node.id,
      x: Math.round(node.x),
      y: Math.round(node.y),
      width: Math.round(width),
      height: Math.round(height),
      resonance: {
        kind: node.kind,
        ...(node.clueId ? { clueId: node.clueId } : {}),
        ...(node.groupId ? { groupId: node.groupId } : {}),
        ...(extras(node, KNOWN_NODE_KEYS) ? { extra: extras(node, KNOWN_NODE_KEYS) } : {}),
      },
    };
    if (node.kind === 'group') return { ...base, type: 'group', label: node.text ?? '' };
    if (node.kind === 'lane') return { ...base, type: 'group', label: 'Timeline' };
    if (node.kind === 'note') return { ...base, type: 'text', text: node.text ?? '' };
    const clue = node.clueId ? clues.get(node.clueId) : undefined;
    const title = clue?.title ?? node.text ?? node.clueId ?? node.id;
    const lines = [`**${title}** (${node.kind})`];
    if (clue?.date) lines.push(`Date: ${clue.date}`);
    if (clue?.text) lines.push('', clue.text);
    const color = KIND_COLOR[node.kind];
    return { ...base, type: 'text', text: lines.join('\n'), ...(color ? { color } : {}) };
  });
  const edges: CanvasEdge[] = board.edges.map((edge) => {
    const extra = extras(edge, KNOWN_EDGE_KEYS);
    return {
      id: edge.id,
      fromNode: edge.from,
      toNode: edge.to,
      toEnd: 'arrow',
      label: labels.get(edge.type) ?? edge.type,
      resonance: { type: edge.type, ...(extra ? { extra } : {}) },
    };
  });
  return { nodes, edges, resonance: { viewport: board.viewport } };
}

function fail(message: string): never {
  throw new UserError(message, 'invalid-input');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${where} must be a number in the canvas file.`);
  return value;
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '')
    fail(`${where} must be a non-empty text in the canvas file.`);
  return value;
}

/**
 * Reads a JSON Canvas file back into a board. Nodes made elsewhere become notes (text, file, link) or groups;
 * edges between unknown nodes are dropped, and labels are matched to link types by label or id.
 */
export function fromJsonCanvas(input: unknown, context: Pick<CanvasContext, 'linkTypes'>): BoardState {
  if (!isRecord(input)) fail('The canvas file must hold a JSON object with "nodes" and "edges".');
  const rawNodes = input.nodes ?? [];
  const rawEdges = input.edges ?? [];
  if (!Array.isArray(rawNodes)) fail('"nodes" must be a list in the canvas file.');
  if (!Array.isArray(rawEdges)) fail('"edges" must be a list in the canvas file.');
  const byLabel = new Map<string, string>();
  for (const t of context.linkTypes) {
    byLabel.set(t.label.toLowerCase(), t.id);
    byLabel.set(t.id.toLowerCase(), t.id);
  }
  const nodes: BoardNode[] = [];
  const ids = new Set<string>();
  rawNodes.forEach((raw, i) => {
    const where = `nodes[${i}]`;
    if (!isRecord(raw)) fail(`${where} must be an object in the canvas file.`);
    const id = str(raw.id, `${where}.id`);
    if (ids.has(id)) fail(`${where}.id "${id}" is used twice; give each node its own id.`);
    ids.add(id);
    const type = raw.type;
    if (type !== 'text' && type !== 'file' && type !== 'link' && type !== 'group')
      fail(`${where}.type must be "text", "file", "link" or "group".`);
    const x = num(raw.x, `${where}.x`);
    const y = num(raw.y, `${where}.y`);
    const width = num(raw.width, `${where}.width`);
    const height = num(raw.height, `${where}.height`);
    const meta = isRecord(raw.resonance) ? raw.resonance : undefined;
    const kind = typeof meta?.kind === 'string' ? meta.kind : type === 'group' ? 'group' : 'note';
    const node: BoardNode = { id, kind, x, y };
    if (typeof meta?.clueId === 'string') node.clueId = meta.clueId;
    if (typeof meta?.groupId === 'string') node.groupId = meta.groupId;
    if (kind === 'group') node.text = typeof raw.label === 'string' ? raw.label : '';
    else if (kind === 'note') {
      node.text =
        type === 'text'
          ? String(raw.text ?? '')
          : type === 'file'
            ? String(raw.file ?? '')
            : String(raw.url ?? '');
    }
    const defaults = kind === 'note' || kind === 'group' ? NOTE_SIZE : CARD_SIZE;
    if (width !== defaults.width || height !== defaults.height || kind === 'group' || kind === 'lane') {
      node.width = width;
      node.height = height;
    }
    if (isRecord(meta?.extra)) Object.assign(node, meta.extra);
    nodes.push(node);
  });
  const edges: BoardEdge[] = [];
  rawEdges.forEach((raw, i) => {
    const where = `edges[${i}]`;
    if (!isRecord(raw)) fail(`${where} must be an object in the canvas file.`);
    const id = str(raw.id, `${where}.id`);
    const from = str(raw.fromNode, `${where}.fromNode`);
    const to = str(raw.toNode, `${where}.toNode`);
    if (!ids.has(from) || !ids.has(to)) return;
    const meta = isRecord(raw.resonance) ? raw.resonance : undefined;
    const label = typeof raw.label === 'string' ? raw.label.toLowerCase() : '';
    const type = typeof meta?.type === 'string' ? meta.type : byLabel.get(label);
    if (!type) return;
    const edge: BoardEdge = { id, from, to, type };
    if (isRecord(meta?.extra)) Object.assign(edge, meta.extra);
    edges.push(edge);
  });
  const meta = isRecord(input.resonance) ? input.resonance : undefined;
  const vp = isRecord(meta?.viewport) ? meta.viewport : undefined;
  const viewport =
    vp && typeof vp.x === 'number' && typeof vp.y === 'number' && typeof vp.zoom === 'number'
      ? { x: vp.x, y: vp.y, zoom: vp.zoom }
      : { x: 0, y: 0, zoom: 1 };
  return {
    nodes,
    edges,
    groups: nodes.filter((n) => n.kind === 'group').map((n) => ({ id: n.id, label: n.text ?? '' })),
    notes: nodes.filter((n) => n.kind === 'note').map((n) => ({ id: n.id, text: n.text ?? '' })),
    viewport,
  };
}
