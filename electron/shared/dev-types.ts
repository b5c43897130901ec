// What dev mode tells the window: the state of the watched pack folder and its unlock map.

/** One problem the checker found, located in the pack folder. */
export interface DevProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  col: number;
  message: string;
  /** The one-line form shown in the panel and the terminal: `file:line:col: message`. */
  text: string;
}

export interface DevStatus {
  /** Absolute path of the pack folder being played. */
  folder: string;
  packId: string;
  title: string;
  /** Increases with every build that checked and was reloaded into the game. */
  build: number;
  /** Problems of the newest edit; with errors, the game keeps running the last good build. */
  problems: DevProblem[];
  /** True when the newest edit has errors and the game still runs an older build. */
  stale: boolean;
  /** Gates whose recorded answer the newest build no longer accepts: they were reopened. */
  reopened: string[];
  /** Chapters, puzzles and deductions the author can start from, in walkthrough order. */
  startPoints: DevStartPoint[];
}

export interface DevStartPoint {
  id: string;
  kind: 'chapter' | 'puzzle' | 'deduction';
  title: string;
}

/** `end` is the one node past the last chapter: what completes the pack points at it. */
export const GRAPH_NODE_KINDS = ['chapter', 'puzzle', 'deduction', 'file', 'clue', 'end'] as const;
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];

/**
 * Edge kinds: a chapter `opens` what appears with it, and the gates that complete a chapter open the next
 * one; the last chapter's gates `complete` the pack; `after` is an extra prerequisite; a puzzle `unlocks`
 * the file it locks; a file `plants` a clue card or a puzzle's `key`.
 */
export const GRAPH_EDGE_KINDS = ['opens', 'completes', 'after', 'unlocks', 'plants', 'key'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];

export interface GraphNode {
  /** `<kind>:<id>`, unique across kinds (a file and a clue may share an id). */
  key: string;
  id: string;
  kind: GraphNodeKind;
  label: string;
  /** Chapter the node belongs to (a chapter's own id for chapters). */
  chapter: string;
  /** Where the node is defined, relative to the pack folder. */
  file: string;
  line: number;
  /** Checker problems reported at this node's definition. */
  problems: { severity: 'error' | 'warning'; message: string }[];
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: GraphEdgeKind;
}

export interface UnlockGraph {
  packId: string;
  title: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
