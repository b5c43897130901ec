// The unlock map as Svelte Flow nodes and edges: one node kind, laid out left to right along the edges.
import { MarkerType, type Edge, type Node } from '@xyflow/svelte';
import { layeredLayout } from '@shared/board/layout';
import type { GraphNode, UnlockGraph } from '@shared/dev-types';

export const MAP_NODE = { width: 200, height: 64 };

export type UnlockNodeData = GraphNode & Record<string, unknown>;
export type UnlockFlowNode = Node<UnlockNodeData, 'unlock'>;
export type UnlockFlowEdge = Edge<Record<string, unknown>>;

export const isUnlockNode = (node: Node): node is UnlockFlowNode => node.type === 'unlock';

export function mapNodes(graph: UnlockGraph): UnlockFlowNode[] {
  const places = layeredLayout(
    graph.nodes.map((n) => ({ id: n.key, ...MAP_NODE })),
    graph.edges,
    { gap: 32 },
  );
  return graph.nodes.map((n) => ({
    id: n.key,
    type: 'unlock',
    position: places.get(n.key) ?? { x: 0, y: 0 },
    data: { ...n },
    width: MAP_NODE.width,
    height: MAP_NODE.height,
    connectable: false,
    draggable: true,
    ariaLabel: `${n.kind} ${n.label}${n.problems.length ? `, ${n.problems.length} problem${n.problems.length > 1 ? 's' : ''}` : ''}`,
  }));
}

export function mapEdges(graph: UnlockGraph): UnlockFlowEdge[] {
  return graph.edges.map((e, i) => ({
    id: `e${i}`,
    source: e.from,
    target: e.to,
    label: e.kind,
    class: `unlock-edge ${e.kind}`,
    markerEnd: { type: MarkerType.ArrowClosed },
    selectable: false,
  }));
}
