// A small open game for game-screen tests: two chapters, files of every kind, a timed puzzle, and clues.
import type { BoardState, GameView, Unlocked } from '@shared/game-types';
import type { FileKind } from '@shared/pack/public-types';

const FILE_KINDS: FileKind[] = ['message', 'log', 'chat', 'memo', 'transcript', 'signature', 'image'];

export function gameView(overrides: Partial<GameView> = {}): GameView {
  return {
    pack: {
      id: 'test-pack',
      title: 'Test Case',
      version: '1.0.0',
      author: 'The Resonance team',
      license: 'MIT',
      description: 'A case for tests.',
      language: 'en',
      chapterCount: 2,
      gateCount: 3,
    },
    linkTypes: [],
    chapters: [
      {
        id: 'ch1',
        index: 0,
        title: 'Static',
        summary: 'The first chapter.',
        opening: 'sc-open-1',
        closing: 'sc-close-1',
      },
      {
        id: 'ch2',
        index: 1,
        title: 'Undertow',
        summary: 'The second chapter.',
        opening: 'sc-open-2',
        closing: 'sc-close-2',
      },
    ],
    completedChapters: [],
    // The closing scene is listed first on purpose: the story must still show the opening first.
    scenes: [
      { id: 'sc-close-1', title: 'Chapter one closes', html: '<p>The lights go out.</p>' },
      { id: 'sc-open-1', title: 'Chapter one opens', html: '<p>Rain on the relay.</p>' },
    ],
    files: [
      ...FILE_KINDS.map((kind, i) => ({
        id: `f-${kind}`,
        title: `A ${kind} file`,
        kind,
        folder: i < 4 ? 'inbox' : 'archive',
        chapter: 'ch1',
      })),
      {
        id: 'f-locked',
        title: 'Sealed packet',
        kind: 'message' as const,
        folder: 'inbox',
        chapter: 'ch1',
        lockedBy: 'p-sealed',
        ciphertext: 'WKH OHGJHU',
      },
      {
        id: 'f-race',
        title: 'Vault door',
        kind: 'log' as const,
        folder: 'inbox',
        chapter: 'ch1',
        lockedBy: 'p-race',
        ciphertext: 'GRRU',
      },
    ],
    bodies: FILE_KINDS.map((kind) => ({ id: `f-${kind}`, html: `<p>The ${kind} reads plainly.</p>` })),
    clues: [
      {
        id: 'c-kai',
        kind: 'person',
        title: 'Kai Zen',
        text: 'Runs the vault.',
        source: { file: 'f-message', quote: 'plainly' },
      },
      {
        id: 'c-ring',
        kind: 'place',
        title: 'Hearth Ring',
        text: 'A district.',
        source: { file: 'f-message', quote: 'reads' },
      },
    ],
    puzzles: [
      {
        id: 'p-sealed',
        title: 'Sealed packet',
        chapter: 'ch1',
        cipher: 'caesar',
        ciphertext: 'WKH OHGJHU',
        prompt: 'What does the packet say?',
        keepSpaces: true,
        locks: ['f-locked'],
      },
      {
        id: 'p-race',
        title: 'Vault door',
        chapter: 'ch1',
        cipher: 'caesar',
        ciphertext: 'GRRU',
        prompt: 'What opens the door?',
        keepSpaces: true,
        timer: 90,
        locks: ['f-race'],
      },
    ],
    deductions: [],
    solved: [],
    finished: false,
    slot: { id: 'slot-1', name: 'Investigation 1', timePlayedMs: 3_900_000 },
    board: board(),
    recipes: {},
    progress: {},
    notices: [],
    ...overrides,
  };
}

/** What a solve unlocked when it unlocked nothing beyond its own file. */
export const NOTHING_UNLOCKED: Unlocked = {
  chapters: [],
  completedChapters: [],
  scenes: [],
  files: [],
  bodies: [],
  clues: [],
  puzzles: [],
  deductions: [],
};

/** A saved board: empty at the default view, with whatever a test sets. */
export function board(extra: Partial<BoardState> = {}): BoardState {
  return { nodes: [], edges: [], groups: [], notes: [], viewport: { x: 0, y: 0, zoom: 1 }, ...extra };
}
