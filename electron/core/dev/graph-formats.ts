// Writes an unlock map as JSON, Graphviz dot, Mermaid, or one self-contained HTML page (inline SVG, no
// scripts from anywhere, so it opens offline).
import type { GraphNode, GraphNodeKind, UnlockGraph } from '@shared/dev-types';
import { layeredLayout } from '@shared/board/layout';

export const GRAPH_FORMATS = ['html', 'dot', 'mermaid', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

const SHAPES: Record<GraphNodeKind, { dot: string; mermaid: [string, string]; fill: string }> = {
  chapter: { dot: 'folder', mermaid: ['[/', '/]'], fill: '#1d4d5c' },
  puzzle: { dot: 'box', mermaid: ['[', ']'], fill: '#5c4a1d' },
  deduction: { dot: 'hexagon', mermaid: ['{{', '}}'], fill: '#4a2d5c' },
  file: { dot: 'note', mermaid: ['[(', ')]'], fill: '#2d3a4a' },
  clue: { dot: 'ellipse', mermaid: ['([', '])'], fill: '#2d4a36' },
  end: { dot: 'doublecircle', mermaid: ['((', '))'], fill: '#1d4d5c' },
};

const flag = (n: GraphNode): string =>
  n.problems.some((p) => p.severity === 'error') ? '✖ ' : n.problems.length ? '⚠ ' : '';

/** Node text: the warning mark, the kind and the title. */
export const nodeText = (n: GraphNode): string => `${flag(n)}${n.kind} ${n.id}: ${n.label}`;

export function toJson(graph: UnlockGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

const dotString = (s: string): string =>
  `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

export function toDot(graph: UnlockGraph): string {
  const lines = [`digraph ${dotString(graph.packId)} {`, '  rankdir=LR;', '  node [fontname="sans-serif"];'];
  for (const n of graph.nodes) {
    const problems = n.problems.map((p) => `${p.severity}: ${p.message}`).join('\n');
    const attrs = [
      `label=${dotString(nodeText(n))}`,
      `shape=${SHAPES[n.kind].dot}`,
      `tooltip=${dotString(`${n.file}:${n.line}${problems ? `\n${problems}` : ''}`)}`,
    ];
    if (n.problems.length)
      attrs.push(`color=${n.problems.some((p) => p.severity === 'error') ? 'red' : 'orange'}`, 'penwidth=2');
    lines.push(`  ${dotString(n.key)} [${attrs.join(', ')}];`);
  }
  for (const e of graph.edges)
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [label=${dotString(e.kind)}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function toMermaid(graph: UnlockGraph): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.key, `n${i}`]));
  const text = (s: string): string => `"${s.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) {
    const [open, close] = SHAPES[n.kind].mermaid;
    lines.push(`  ${ids.get(n.key)}${open}${text(nodeText(n))}${close}`);
  }
  for (const e of graph.edges) lines.push(`  ${ids.get(e.from)} -->|${e.kind}| ${ids.get(e.to)}`);
  const warned = graph.nodes.filter((n) => n.problems.length).map((n) => ids.get(n.key));
  if (warned.length) {
    lines.push('  classDef problem stroke:#e07b00,stroke-width:3px');
    lines.push(`  class ${warned.join(',')} problem`);
  }
  return `${lines.join('\n')}\n`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NODE_W = 220;
const NODE_H = 54;

export function toHtml(graph: UnlockGraph): string {
  const places = layeredLayout(
    graph.nodes.map((n) => ({ id: n.key, width: NODE_W, height: NODE_H })),
    graph.edges,
  );
  const pos = (key: string) => places.get(key) ?? { x: 0, y: 0 };
  const width = Math.max(NODE_W, ...[...places.values()].map((p) => p.x + NODE_W)) + 40;
  const height = Math.max(NODE_H, ...[...places.values()].map((p) => p.y + NODE_H)) + 40;
  const edges = graph.edges.map((e) => {
    const a = pos(e.from);
    const b = pos(e.to);
    const [x1, y1, x2, y2] = [a.x + NODE_W + 20, a.y + NODE_H / 2 + 20, b.x + 20, b.y + NODE_H / 2 + 20];
    return `<g class="edge ${e.kind}"><path d="M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}" marker-end="url(#arrow)"/><text x="${(x1 + x2) / 2}" y="${(y1 + y2) / 2 - 4}">${e.kind}</text></g>`;
  });
  const nodes = graph.nodes.map((n) => {
    const p = pos(n.key);
    const problems = n.problems.map((q) => `${q.severity}: ${q.message}`).join('\n');
    const cls = n.problems.some((q) => q.severity === 'error') ? 'error' : n.problems.length ? 'warning' : '';
    return `<g class="node ${n.kind} ${cls}" transform="translate(${p.x + 20},${p.y + 20})"><title>${escapeHtml(`${n.file}:${n.line}${problems ? `\n${problems}` : ''}`)}</title><rect width="${NODE_W}" height="${NODE_H}" rx="8" fill="${SHAPES[n.kind].fill}"/><text x="10" y="20" class="kind">${escapeHtml(`${flag(n)}${n.kind} · ${n.file}:${n.line}`)}</text><text x="10" y="40">${escapeHtml(n.label.length > 30 ? `${n.label.slice(0, 29)}…` : n.label)}</text></g>`;
  });
  const list = graph.nodes
    .filter((n) => n.problems.length)
    .flatMap((n) =>
      n.problems.map(
        (q) =>
          `<li class="${q.severity}">${escapeHtml(`${n.file}:${n.line} (${n.kind} ${n.id}) ${q.severity}: ${q.message}`)}</li>`,
      ),
    );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(graph.title)}: unlock map</title>
<style>
body { background: #0f1417; color: #e3eef0; font-family: system-ui, sans-serif; margin: 1rem; }
svg text { fill: #e3eef0; font-size: 12px; }
svg .kind { fill: #9fb3b8; font-size: 11px; }
.edge path { fill: none; stroke: #6b8a90; stroke-width: 1.5; }
.edge text { fill: #9fb3b8; font-size: 10px; }
.edge.after path { stroke-dasharray: 5 3; }
.edge.key path { stroke: #d9a441; }
.node.warning rect { stroke: #e0a000; stroke-width: 3; }
.node.error rect { stroke: #e04040; stroke-width: 3; }
li.error { color: #ff8080; } li.warning { color: #ffc860; }
</style>
</head>
<body>
<h1>${escapeHtml(graph.title)}: unlock map</h1>
<p>Chapters, gates, files and clues of <code>${escapeHtml(graph.packId)}</code>; hover a node for its source line. Dashed edges are <code>after</code> prerequisites, gold ones planted keys.</p>
${list.length ? `<h2>Checker problems</h2><ul>${list.join('')}</ul>` : '<p>The checker found no problems.</p>'}
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="Unlock map">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b8a90"/></marker></defs>
${edges.join('\n')}
${nodes.join('\n')}
</svg>
</body>
</html>
`;
}

export function formatGraph(graph: UnlockGraph, format: GraphFormat): string {
  switch (format) {
    case 'json':
      return toJson(graph);
    case 'dot':
      return toDot(graph);
    case 'mermaid':
      return toMermaid(graph);
    case 'html':
      return toHtml(graph);
  }
}
