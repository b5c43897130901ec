import { describe, expect, it } from 'vitest';
import {
  freeLinkTypes,
  fromBoardState,
  hasLink,
  neighbourIds,
  toBoardState,
} from '../../../renderer/src/board/board-graph';
import type { BoardState } from '../../../electron/shared/game-types';
import { clues, linkTypes } from './board-fixture';

const saved: BoardState = {
  nodes: [
    { id: 'g1', kind: 'group', text: 'Suspects', x: 100, y: 100, width: 500, height: 300 },
    { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 140, y: 160, groupId: 'g1' },
    { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 700, y: 0 },
    { id: 'n1', kind: 'note', text: 'Who benefits?', x: 0, y: 400 },
  ],
  edges: [
    { id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' },
    { id: 'e2', from: 'card-c-kai', to: 'gone', type: 'wrote' },
  ],
  groups: [{ id: 'g1', label: 'Suspects' }],
  notes: [{ id: 'n1', text: 'Who benefits?' }],
  viewport: { x: 5, y: 6, zoom: 0.5 },
};

describe('the board as Svelte Flow nodes', () => {
  it('puts groups first, keeps members relative to their group and drops links to missing cards', () => {
    const { nodes, edges } = fromBoardState(saved, clues, linkTypes);
    expect(nodes.map((n) => n.id)).toEqual(['g1', 'card-c-kai', 'card-c-memo', 'n1']);
    expect(nodes[1]).toMatchObject({
      parentId: 'g1',
      position: { x: 40, y: 60 },
      ariaLabel: 'Person: Kai Zen',
    });
    expect(edges).toHaveLength(1);
    expect(edges[0]!.ariaLabel).toBe('Kai Zen wrote Leak memo');
  });

  it('saves back the same positions, links, notes, groups and viewport', () => {
    const { nodes, edges } = fromBoardState(saved, clues, linkTypes);
    expect(toBoardState(nodes, edges, saved.viewport)).toEqual({ ...saved, edges: [saved.edges[0]] });
  });
});

describe('link rules', () => {
  const { edges } = fromBoardState(
    { ...saved, edges: [...saved.edges, { id: 'e3', from: 'card-c-memo', to: 'n1', type: 'knows' }] },
    clues,
    linkTypes,
  );

  it('treats a symmetric link as joining both ways and a directed one as joining one way', () => {
    expect(hasLink(edges, 'n1', 'card-c-memo', 'knows', linkTypes)).toBe(true);
    expect(hasLink(edges, 'card-c-memo', 'card-c-kai', 'wrote', linkTypes)).toBe(false);
  });

  it('offers no link type from a card to itself, and only unused types between two cards', () => {
    expect(freeLinkTypes(edges, 'card-c-kai', 'card-c-kai', linkTypes)).toEqual([]);
    expect(freeLinkTypes(edges, 'card-c-kai', 'card-c-memo', linkTypes).map((t) => t.id)).toEqual([
      'was-at',
      'knows',
    ]);
  });

  it('finds a card and its direct neighbours', () => {
    expect([...neighbourIds(edges, 'card-c-memo')].sort()).toEqual(['card-c-kai', 'card-c-memo', 'n1']);
  });
});
