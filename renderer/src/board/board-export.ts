// Saving the board as a file and reading it back: JSON Canvas for other tools, and a PNG picture drawn on a canvas.
import {
  absolutePosition,
  isCard,
  isGroup,
  isLane,
  nodeSize,
  nodeTitle,
  type BoardFlowNode,
  type LinkEdge,
} from './board-graph';
import { KIND_PATHS } from '../components/KindIcon.svelte';
import { kindStyle } from './clue-kinds';
import { fromJsonCanvas, toJsonCanvas } from '@shared/board/json-canvas';
import type { BoardState, PublicClue, PublicLinkType } from '@shared/game-types';
import { downloadBlob, downloadText } from '../lib/download';

/** Offers the board as a JSON Canvas file, readable by other canvas tools. */
export function downloadCanvas(board: BoardState, clues: PublicClue[], linkTypes: PublicLinkType[]): void {
  downloadText('evidence-board.canvas', JSON.stringify(toJsonCanvas(board, { clues, linkTypes }), null, 2));
}

/**
 * Reads a JSON Canvas file back as a board. Only cards the player has found may come back: anything else
 * would reveal nothing but confuse. Throws an Error whose message is a sentence naming the file.
 */
export async function readCanvas(
  file: File,
  clues: PublicClue[],
  linkTypes: PublicLinkType[],
): Promise<BoardState> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new Error(`${file.name} is not valid JSON.`);
  }
  const board = fromJsonCanvas(json, { linkTypes });
  const known = new Set(clues.map((c) => c.id));
  board.nodes = board.nodes.filter((n) => !n.clueId || known.has(n.clueId));
  return board;
}

export async function downloadPng(
  nodes: BoardFlowNode[],
  edges: LinkEdge[],
  themeFrom: Element,
): Promise<void> {
  downloadBlob(await boardToPng(nodes, edges, themeFrom), 'evidence-board.png');
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** Draws every visible card, note, group and link; text is drawn too, so the picture reads without colour. */
export async function boardToPng(
  nodes: BoardFlowNode[],
  edges: LinkEdge[],
  themeFrom: Element,
): Promise<Blob> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, { x: number; y: number; w: number; h: number }>();
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const n of nodes) {
    const p = absolutePosition(n, byId);
    const s = nodeSize(n);
    boxes.set(n.id, { x: p.x, y: p.y, w: s.width, h: s.height });
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + s.width);
    maxY = Math.max(maxY, p.y + s.height);
  }
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 400, 200];
  const pad = 40;
  const width = maxX - minX + pad * 2;
  const height = maxY - minY + pad * 2;
  const scale = Math.min(2, 8000 / width, 8000 / height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This display cannot draw pictures; export the board as JSON Canvas instead.');
  const colour = {
    bg: cssVar(themeFrom, '--bg', '#060a13'),
    surface: cssVar(themeFrom, '--surface-2', '#131c2f'),
    border: cssVar(themeFrom, '--border', '#24324d'),
    text: cssVar(themeFrom, '--text', '#e4eefc'),
    dim: cssVar(themeFrom, '--text-dim', '#9fb0c9'),
    link: cssVar(themeFrom, '--cyan', '#4cc9f0'),
  };
  ctx.scale(scale, scale);
  ctx.translate(pad - minX, pad - minY);
  ctx.fillStyle = colour.bg;
  ctx.fillRect(minX - pad, minY - pad, width, height);
  ctx.font = '13px sans-serif';
  ctx.textBaseline = 'top';
  for (const n of nodes.filter(isGroup)) {
    const b = boxes.get(n.id)!;
    ctx.setLineDash([4, 4]);
    ctx.strokeStyle = colour.border;
    ctx.strokeRect(b.x, b.y, b.w, b.h);
    ctx.setLineDash([]);
    ctx.fillStyle = colour.text;
    ctx.fillText(`Group: ${n.data.label}`, b.x + 8, b.y + 6);
  }
  ctx.lineWidth = 1.5;
  for (const e of edges) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    const ax = a.x + a.w,
      ay = a.y + a.h / 2,
      bx = b.x,
      by = b.y + b.h / 2;
    ctx.strokeStyle = colour.link;
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(bx, by);
    ctx.stroke();
    ctx.fillStyle = colour.text;
    ctx.textAlign = 'center';
    ctx.fillText(e.data?.label ?? '', (ax + bx) / 2, (ay + by) / 2 - 8);
    ctx.textAlign = 'left';
  }
  for (const n of nodes.filter(isLane)) {
    const b = boxes.get(n.id)!;
    ctx.fillStyle = colour.dim;
    ctx.fillRect(b.x, b.y, b.w, 3);
    ctx.fillText(`→ ${n.data.label}`, b.x + 8, b.y + 8);
  }
  for (const n of nodes) {
    if (isGroup(n) || isLane(n)) continue;
    const b = boxes.get(n.id)!;
    ctx.fillStyle = colour.surface;
    ctx.strokeStyle = colour.border;
    ctx.fillRect(b.x, b.y, b.w, b.h);
    ctx.strokeRect(b.x, b.y, b.w, b.h);
    ctx.fillStyle = colour.dim;
    const kindName = isCard(n) ? n.data.kind : 'note';
    // The kind's icon is drawn from the same paths as on screen, never left to the fonts.
    ctx.save();
    ctx.translate(b.x + 10, b.y + 7);
    ctx.scale(0.75, 0.75);
    ctx.strokeStyle = colour.dim;
    ctx.lineWidth = 1.5;
    for (const d of KIND_PATHS[kindName] ?? []) ctx.stroke(new Path2D(d));
    ctx.restore();
    ctx.fillText(kindStyle(kindName).label.toUpperCase(), b.x + 26, b.y + 8);
    ctx.fillStyle = colour.text;
    ctx.font = 'bold 14px sans-serif';
    ctx.fillText(nodeTitle(n).slice(0, 28), b.x + 10, b.y + 28);
    ctx.font = '13px sans-serif';
    if (isCard(n) && n.data.date) {
      ctx.fillStyle = colour.dim;
      ctx.fillText(n.data.date, b.x + 10, b.y + 50);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The picture could not be made; try a smaller board.')),
      'image/png',
    ),
  );
}
