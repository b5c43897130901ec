// A small case for board tests: four clues, three link types, one fill deduction and one link set.
import type {
  BoardState,
  DeductionResult,
  DeductionSubmission,
  HintRung,
  PublicClue,
  PublicDeduction,
  PublicLinkType,
} from '@shared/game-types';
import type { EvidenceBoardProps } from '../../../renderer/src/board/props';

export const clues: PublicClue[] = [
  {
    id: 'c-kai',
    kind: 'person',
    title: 'Kai Zen',
    text: 'Runs the vault.',
    source: { file: 'f-log', quote: 'Kai signed in' },
  },
  {
    id: 'c-memo',
    kind: 'document',
    title: 'Leak memo',
    text: 'A memo that leaked.',
    date: '2148-05-27',
    source: { file: 'f-memo', quote: 'leaked memo' },
  },
  {
    id: 'c-ring',
    kind: 'place',
    title: 'Hearth Ring',
    text: 'A district.',
    source: { file: 'f-map', quote: 'the Ring' },
  },
  {
    id: 'c-mira',
    kind: 'person',
    title: 'Mira Solis',
    text: 'A designer.',
    date: '2148-04-01',
    source: { file: 'f-mira', quote: 'Mira wrote' },
  },
];

export const linkTypes: PublicLinkType[] = [
  {
    id: 'wrote',
    label: 'wrote',
    meaning: 'a wrote b: b is their message, log or signature',
    symmetric: false,
  },
  { id: 'was-at', label: 'was at', symmetric: false },
  { id: 'knows', label: 'knows', symmetric: true },
];

export const deductions: PublicDeduction[] = [
  {
    id: 'd-author',
    chapter: 'ch1',
    title: 'Who wrote the memo?',
    kind: 'fill',
    sentence: '{who} wrote the {what} at {where}.',
    slots: [
      { name: 'who', kind: 'person' },
      { name: 'what', kind: 'document' },
      { name: 'where', kind: 'place' },
    ],
    feedback: true,
  },
  {
    id: 'd-links',
    chapter: 'ch1',
    title: 'Prove the leak',
    kind: 'links',
    prompt: 'Link the writer to the memo.',
    linkCount: 1,
    feedback: true,
  },
];

export const emptyBoard = (): BoardState => ({
  nodes: [],
  edges: [],
  groups: [],
  notes: [],
  viewport: { x: 0, y: 0, zoom: 1 },
});

export const solvedResult: DeductionResult = {
  kind: 'solved',
  unlocked: {
    chapters: [],
    completedChapters: [],
    scenes: [],
    files: [],
    bodies: [],
    clues: [clues[0]!],
    puzzles: [],
    deductions: [],
  },
  // The board never reads the view; the game screen does.
  view: {} as never,
};

export interface Recorder {
  props: EvidenceBoardProps;
  changes: BoardState[];
  submissions: { id: string; submission: DeductionSubmission }[];
  opened: { file: string; quote: string }[];
  hints: { gateId: string; rung: HintRung }[];
  focused: (string | null)[];
  last(): BoardState;
}

export function makeProps(
  overrides: Partial<EvidenceBoardProps> = {},
  answer?: (id: string, s: DeductionSubmission) => DeductionResult,
): Recorder {
  const changes: BoardState[] = [];
  const submissions: Recorder['submissions'] = [];
  const opened: Recorder['opened'] = [];
  const hints: Recorder['hints'] = [];
  const focused: Recorder['focused'] = [];
  const props: EvidenceBoardProps = {
    clues,
    linkTypes,
    deductions,
    solved: [],
    board: emptyBoard(),
    feedback: 'group',
    reducedMotion: true,
    onBoardChange: (b) => changes.push(b),
    onSubmitDeduction: async (id, submission) => {
      submissions.push({ id, submission });
      return answer ? answer(id, submission) : { kind: 'wrong', message: 'No.', waitMs: 0 };
    },
    onOpenSource: (file, quote) => opened.push({ file, quote }),
    progress: {},
    onTakeHint: async (gateId, rung) => {
      hints.push({ gateId, rung });
    },
    onFocusGate: (gateId) => focused.push(gateId),
    ...overrides,
  };
  return {
    props,
    changes,
    submissions,
    opened,
    hints,
    focused,
    last: () => {
      const b = changes.at(-1);
      if (!b) throw new Error('The board never reported a change.');
      return b;
    },
  };
}
