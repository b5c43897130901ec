import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromJsonCanvas, toJsonCanvas } from '@shared/board/json-canvas';
import type { BoardState } from '@shared/game-types';
import { UserError } from '@shared/result';

const linkTypes = [
  { id: 'wrote', label: 'wrote' },
  { id: 'was-at', label: 'was at' },
];
const clues = [{ id: 'c-kai', title: 'Kai Zen', text: 'Runs the vault.', date: '2148-05-27' }];

const board: BoardState = {
  nodes: [
    { id: 'g1', kind: 'group', text: 'Suspects', x: -20, y: -40, width: 500, height: 300 },
    { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0, groupId: 'g1' },
    { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 300, y: 10, pinned: true },
    { id: 'n1', kind: 'note', text: 'Who benefits?', x: 40, y: 200 },
    { id: 'timeline-lane', kind: 'lane', x: -40, y: -300, width: 560, height: 180 },
  ],
  edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }],
  groups: [{ id: 'g1', label: 'Suspects' }],
  notes: [{ id: 'n1', text: 'Who benefits?' }],
  viewport: { x: 10, y: 20, zoom: 0.75 },
};

describe('JSON Canvas export', () => {
  it('writes spec node types with integer geometry and labelled edges', () => {
    const canvas = toJsonCanvas(board, { clues, linkTypes });
    expect(canvas.nodes.map((n) => n.type)).toEqual(['group', 'text', 'text', 'text', 'group']);
    for (const n of canvas.nodes) {
      for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isInteger(v)).toBe(true);
    }
    expect(canvas.nodes[0]).toMatchObject({ label: 'Suspects', width: 500, height: 300 });
    expect(canvas.nodes[1]!.text).toContain('**Kai Zen** (person)');
    expect(canvas.nodes[1]!.text).toContain('Date: 2148-05-27');
    expect(canvas.edges[0]).toMatchObject({
      fromNode: 'card-c-kai',
      toNode: 'card-c-memo',
      label: 'wrote',
      toEnd: 'arrow',
    });
  });

  it('reads back exactly the board it wrote', () => {
    const canvas = JSON.parse(JSON.stringify(toJsonCanvas(board, { clues, linkTypes }))) as unknown;
    expect(fromJsonCanvas(canvas, { linkTypes })).toEqual(board);
  });

  it('round-trips any board of whole-number positions', () => {
    const kind = fc.constantFrom('person', 'place', 'event', 'object', 'document', 'signature', 'note');
    const arb = fc
      .uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 8 }),
          kind,
          x: fc.integer({ min: -5000, max: 5000 }),
          y: fc.integer({ min: -5000, max: 5000 }),
          text: fc.string(),
        }),
        {
          selector: (n) => n.id,
          maxLength: 12,
        },
      )
      .chain((nodes) =>
        fc.record({
          nodes: fc.constant(
            nodes.map((n) =>
              n.kind === 'note'
                ? { id: n.id, kind: n.kind, text: n.text, x: n.x, y: n.y }
                : { id: n.id, kind: n.kind, clueId: `c-${n.id}`, x: n.x, y: n.y },
            ),
          ),
          edges: nodes.length
            ? fc.uniqueArray(
                fc.record({
                  id: fc.string({ minLength: 1, maxLength: 6 }),
                  from: fc.constantFrom(...nodes.map((n) => n.id)),
                  to: fc.constantFrom(...nodes.map((n) => n.id)),
                  type: fc.constantFrom('wrote', 'was-at'),
                }),
                { selector: (e) => e.id, maxLength: 10 },
              )
            : fc.constant<{ id: string; from: string; to: string; type: string }[]>([]),
        }),
      );
    fc.assert(
      fc.property(arb, ({ nodes, edges }) => {
        const state: BoardState = {
          nodes,
          edges: [...edges],
          groups: [],
          notes: nodes.filter((n) => n.kind === 'note').map((n) => ({ id: n.id, text: n.text ?? '' })),
          viewport: { x: 0, y: 0, zoom: 1 },
        };
        const back = fromJsonCanvas(
          JSON.parse(JSON.stringify(toJsonCanvas(state, { clues: [], linkTypes }))),
          { linkTypes },
        );
        expect(back).toEqual(state);
      }),
      { numRuns: 150 },
    );
  });
});

describe('JSON Canvas import', () => {
  it('turns nodes from other tools into notes and matches edge labels to link types', () => {
    const canvas = {
      nodes: [
        { id: 'a', type: 'text', text: 'Hello', x: 0, y: 0, width: 250, height: 60 },
        { id: 'b', type: 'link', url: 'https://example.invalid', x: 300, y: 0, width: 200, height: 120 },
        { id: 'c', type: 'group', label: 'Box', x: -10, y: -10, width: 600, height: 200 },
      ],
      edges: [
        { id: 'e1', fromNode: 'a', toNode: 'b', label: 'Was at' },
        { id: 'e2', fromNode: 'a', toNode: 'b', label: 'unknown link' },
        { id: 'e3', fromNode: 'a', toNode: 'missing', label: 'wrote' },
      ],
    };
    const board = fromJsonCanvas(canvas, { linkTypes });
    expect(board.nodes).toEqual([
      { id: 'a', kind: 'note', text: 'Hello', x: 0, y: 0, width: 250, height: 60 },
      { id: 'b', kind: 'note', text: 'https://example.invalid', x: 300, y: 0 },
      { id: 'c', kind: 'group', text: 'Box', x: -10, y: -10, width: 600, height: 200 },
    ]);
    expect(board.edges).toEqual([{ id: 'e1', from: 'a', to: 'b', type: 'was-at' }]);
  });

  it('names the field that is wrong in a broken file', () => {
    expect(() =>
      fromJsonCanvas(
        { nodes: [{ id: 'a', type: 'text', x: 'left', y: 0, width: 1, height: 1 }] },
        { linkTypes },
      ),
    ).toThrow(new UserError('nodes[0].x must be a number in the canvas file.'));
    expect(() =>
      fromJsonCanvas({ nodes: [{ id: 'a', type: 'shape', x: 0, y: 0, width: 1, height: 1 }] }, { linkTypes }),
    ).toThrow('nodes[0].type must be "text", "file", "link" or "group".');
    expect(() => fromJsonCanvas([], { linkTypes })).toThrow('The canvas file must hold a JSON object');
  });
});
