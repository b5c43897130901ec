// The component for each node and edge type, and the canvas options, defined once outside components so
// Svelte Flow never remounts.
import { ConnectionMode, MarkerType, type EdgeTypes, type NodeTypes } from '@xyflow/svelte';
import CardNode from './nodes/CardNode.svelte';
import NoteNode from './nodes/NoteNode.svelte';
import GroupNode from './nodes/GroupNode.svelte';
import LaneNode from './nodes/LaneNode.svelte';
import LinkEdge from './edges/LinkEdge.svelte';

// Each component takes its own node type's props; NodeTypes is typed for the loosest node, hence the casts.
export const nodeTypes: NodeTypes = {
  card: CardNode,
  note: NoteNode,
  group: GroupNode,
  lane: LaneNode,
} as unknown as NodeTypes;
export const edgeTypes: EdgeTypes = { link: LinkEdge } as unknown as EdgeTypes;

export const FLOW_OPTIONS = {
  minZoom: 0.1,
  maxZoom: 2,
  // Either end of a card takes a link; the link type, not the handle, says which way it reads.
  connectionMode: ConnectionMode.Loose,
  defaultEdgeOptions: { type: 'link', markerEnd: { type: MarkerType.ArrowClosed } },
  // Deleting goes through the board's own keys, so it can be undone and announced.
  deleteKey: [] as string[],
  proOptions: { hideAttribution: true },
};
