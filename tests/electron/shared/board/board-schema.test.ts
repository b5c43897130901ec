// The saved board's schema: what a save keeps of the player's board.
import { describe, expect, it } from 'vitest';
import { boardSchema } from '@shared/board/board-schema';

const board = {
  nodes: [{ id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }],
  edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-kai', type: 'knows' }],
  groups: [],
  notes: [],
  viewport: { x: 0, y: 0, zoom: 1 },
};

describe('the saved board', () => {
  it('keeps filled slots and ticked links of deductions, so both survive a restart', () => {
    const saved = { ...board, fills: { 'd-who': { who: 'c-kai' } }, picks: { 'd-links': ['e1'] } };
    expect(boardSchema.parse(saved)).toMatchObject({
      fills: { 'd-who': { who: 'c-kai' } },
      picks: { 'd-links': ['e1'] },
    });
  });

  it('refuses ticked links that are not a list of link ids', () => {
    expect(boardSchema.safeParse({ ...board, picks: { 'd-links': 'e1' } }).success).toBe(false);
  });
});
