// The kinds of vault file and clue card a pack may use, in the order the game lists them.
export const FILE_KINDS = ['message', 'log', 'chat', 'memo', 'transcript', 'signature', 'image'] as const;
export const CLUE_KINDS = ['person', 'place', 'event', 'object', 'document', 'signature'] as const;

export type FileKind = (typeof FILE_KINDS)[number];
export type ClueKind = (typeof CLUE_KINDS)[number];
