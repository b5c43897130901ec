// The board's key table: each key does one thing, and only where it makes sense.
import { describe, expect, it } from 'vitest';
import { boardAction, type KeyPress } from '../../../renderer/src/board/board-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the board key table', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z, Cmd+Z or Ctrl+Y anywhere on the board', () => {
    expect(boardAction(press('z', { ctrlKey: true }), 'elsewhere')).toBe('undo');
    expect(boardAction(press('Z', { ctrlKey: true, shiftKey: true }), 'node')).toBe('redo');
    expect(boardAction(press('z', { metaKey: true }), 'canvas')).toBe('undo');
    expect(boardAction(press('y', { ctrlKey: true }), 'edge')).toBe('redo');
  });

  it('deletes the link on a link and the card on a card', () => {
    expect(boardAction(press('Delete'), 'edge')).toBe('unlink');
    expect(boardAction(press('Backspace'), 'node')).toBe('remove');
    expect(boardAction(press('Delete'), 'elsewhere')).toBeUndefined();
  });

  it('moves, links and focuses only from a card', () => {
    expect(boardAction(press('ArrowLeft'), 'node')).toBe('move');
    expect(boardAction(press('ArrowLeft', { shiftKey: true }), 'node')).toBe('move');
    expect(boardAction(press('l'), 'node')).toBe('link');
    expect(boardAction(press('f'), 'node')).toBe('focus-neighbours');
    expect(boardAction(press('ArrowLeft'), 'canvas')).toBeUndefined();
    expect(boardAction(press('l', { ctrlKey: true }), 'node')).toBeUndefined();
  });

  it('selects all from the canvas and toggles one card with Shift+Enter', () => {
    expect(boardAction(press('a', { ctrlKey: true }), 'canvas')).toBe('select-all');
    expect(boardAction(press('a', { ctrlKey: true }), 'elsewhere')).toBeUndefined();
    expect(boardAction(press('Enter', { shiftKey: true }), 'node')).toBe('toggle-select');
    expect(boardAction(press('Enter'), 'node')).toBeUndefined();
  });
});
