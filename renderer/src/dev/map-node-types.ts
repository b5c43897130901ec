// The unlock map's node component, defined once outside components so Svelte Flow never remounts it.
import type { NodeTypes } from '@xyflow/svelte';
import UnlockNode from './nodes/UnlockNode.svelte';

// The component takes its own node type's props; NodeTypes is typed for the loosest node, hence the cast.
export const mapNodeTypes: NodeTypes = { unlock: UnlockNode } as unknown as NodeTypes;
