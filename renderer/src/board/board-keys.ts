// The board's keyboard map as one table: which key does what, and where on the board it applies.

export type BoardAction =
  | 'undo'
  | 'redo'
  | 'unlink'
  | 'select-all'
  | 'toggle-select'
  | 'move'
  | 'remove'
  | 'link'
  | 'focus-neighbours';

/** Where the key was pressed: on a card or note, on a link, or anywhere else inside the board canvas. */
export type KeyPlace = 'node' | 'edge' | 'canvas' | 'elsewhere';

interface Binding {
  action: BoardAction;
  keys: readonly string[];
  /** Ctrl (Cmd on macOS) must be held (true) or must not be (false); undefined accepts either. */
  mod?: boolean;
  shift?: boolean;
  /** Places where the binding applies; undefined means anywhere in the board. */
  on?: readonly KeyPlace[];
}

/** Order matters: the first binding that matches wins. */
export const BOARD_KEYS: readonly Binding[] = [
  { action: 'undo', keys: ['z'], mod: true, shift: false },
  { action: 'redo', keys: ['z'], mod: true, shift: true },
  { action: 'redo', keys: ['y'], mod: true },
  { action: 'unlink', keys: ['delete', 'backspace'], on: ['edge'] },
  { action: 'select-all', keys: ['a'], mod: true, on: ['node', 'canvas'] },
  { action: 'toggle-select', keys: ['enter'], shift: true, on: ['node'] },
  { action: 'move', keys: ['arrowleft', 'arrowright', 'arrowup', 'arrowdown'], on: ['node'] },
  { action: 'remove', keys: ['delete', 'backspace'], on: ['node'] },
  { action: 'link', keys: ['l'], mod: false, on: ['node'] },
  { action: 'focus-neighbours', keys: ['f'], mod: false, on: ['node'] },
];

/** What a screen reader says about the keys on a card and on a link. */
export const BOARD_KEY_DESCRIPTIONS = {
  'node.a11yDescription.default':
    'Enter selects, Shift+Enter adds to the selection. Arrow keys move, Shift for bigger steps. L links to another card, F focuses on its neighbours, Delete takes it off the board.',
  'edge.a11yDescription.default': 'Delete removes this link.',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function boardAction(event: KeyPress, place: KeyPlace): BoardAction | undefined {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  return BOARD_KEYS.find(
    (b) =>
      b.keys.includes(key) &&
      (b.mod === undefined || b.mod === mod) &&
      (b.shift === undefined || b.shift === event.shiftKey) &&
      (b.on === undefined || b.on.includes(place)),
  )?.action;
}

/** Typing in a field keeps its keys: Delete edits the text, it does not take a card off the board. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
