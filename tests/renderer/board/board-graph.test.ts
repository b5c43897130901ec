import { describe, expect, it } from 'vitest';
import {
  freeLinkTypes,
  freeSpot,
  fromBoardState,
  hasLink,
  kindColumns,
  linkTargets,
  neighbourIds,
  toBoardState,
  viewRule,
} from '../../../renderer/src/board/board-graph';
import type { BoardState } from '@shared/game-types';
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

describe('placing cards without a browser', () => {
  const card = (id: string, x: number, y: number) =>
    fromBoardState(
      { ...saved, nodes: [{ id, kind: 'person', clueId: 'c-kai', x, y }], edges: [] },
      clues,
      linkTypes,
    ).nodes[0]!;

  it('puts the first card at the centre and the next ones in the nearest free cell', () => {
    const centre = { x: 500, y: 300 };
    const first = freeSpot([], centre);
    expect(first).toEqual({ x: 390, y: 260 });
    const second = freeSpot([card('a', first.x, first.y)], centre);
    expect(second).not.toEqual(first);
    expect(Math.abs(second.x - first.x) >= 230 || Math.abs(second.y - first.y) >= 100).toBe(true);
  });

  it('offers as link targets only cards and notes that still have a free link type', () => {
    const { nodes, edges } = fromBoardState(saved, clues, linkTypes);
    const targets = linkTargets(nodes, edges, 'card-c-kai', linkTypes);
    expect(targets.map((t) => t.id)).toEqual(['card-c-memo', 'n1']);
    expect(targets[0]!.title).toBe('Leak memo (Document)');
    expect(targets[1]!.title).toBe('Who benefits? (Note)');
  });

  it('hides other kinds, and dims cards that do not match the search', () => {
    const { nodes } = fromBoardState(saved, clues, linkTypes);
    const rule = viewRule({ query: 'memo', kind: '', near: undefined, clueText: () => '' });
    expect(nodes.map(rule)).toEqual(['show', 'dim', 'show', 'dim']);
    const people = viewRule({ query: '', kind: 'person', near: undefined, clueText: () => '' });
    expect(nodes.map(people)).toEqual(['show', 'show', 'hide', 'hide']);
  });
});

describe('arranging a board with no links', () => {
  it('puts each kind in its own column, people first and notes last, earliest date on top', () => {
    const board: BoardState = {
      ...saved,
      nodes: [
        { id: 'n1', kind: 'note', text: 'Who benefits?', x: 0, y: 0 },
        { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 0, y: 0 },
        { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
        { id: 'card-c-mira', kind: 'person', clueId: 'c-mira', x: 0, y: 0 },
      ],
      edges: [],
    };
    const spots = kindColumns(fromBoardState(board, clues, linkTypes).nodes);
    const column = (id: string) => spots.get(id)!.x;
    expect(column('card-c-kai')).toBe(column('card-c-mira'));
    expect(column('card-c-kai')).toBeLessThan(column('card-c-memo'));
    expect(column('card-c-memo')).toBeLessThan(column('n1'));
    // Mira's card is dated, Kai's is not: the dated one comes first.
    expect(spots.get('card-c-mira')!.y).toBeLessThan(spots.get('card-c-kai')!.y);
  });
});
