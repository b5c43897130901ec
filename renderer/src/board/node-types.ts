// The component for each node and edge type, defined once outside components so Svelte Flow never remounts.
import type { EdgeTypes, NodeTypes } from '@xyflow/svelte';
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
