import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import { boardToPng } from '../../../renderer/src/board/board-export';
import { fromBoardState } from '../../../renderer/src/board/board-graph';
import type { BoardState } from '@shared/game-types';
import { clues, emptyBoard, linkTypes, makeProps } from './board-fixture';

const boardNode = (name: string) => page.getByRole('group', { name, exact: true });

function linkedBoard(): BoardState {
  return {
    ...emptyBoard(),
    nodes: [
      { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
      { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 320, y: 0 },
      { id: 'card-c-ring', kind: 'place', clueId: 'c-ring', x: 0, y: 200 },
      { id: 'card-c-mira', kind: 'person', clueId: 'c-mira', x: 320, y: 200 },
    ],
    edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }],
    viewport: { x: 40, y: 30, zoom: 0.8 },
  };
}

describe('board tools', () => {
  it('restores the saved viewport', async () => {
    render(EvidenceBoard, makeProps({ board: linkedBoard() }).props);
    await expect.element(boardNode('Person: Kai Zen')).toBeVisible();
    const transform = (document.querySelector('.svelte-flow__viewport') as HTMLElement).style.transform;
    expect(transform).toContain('translate(40px, 30px)');
    expect(transform).toContain('scale(0.8)');
  });

  it('sends a card back to the tray with Delete, and brings it back with undo', async () => {
    const rec = makeProps({ board: linkedBoard() });
    render(EvidenceBoard, rec.props);
    const memo = boardNode('Document: Leak memo, 2148-05-27');
    await expect.element(memo).toBeVisible();
    (memo.element() as HTMLElement).focus();
    await userEvent.keyboard('{Delete}');
    await expect.element(page.getByRole('button', { name: 'Place Document: Leak memo' })).toBeVisible();
    expect(rec.last().nodes.map((n) => n.id)).not.toContain('card-c-memo');
    expect(rec.last().edges).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.element(boardNode('Document: Leak memo, 2148-05-27')).toBeVisible();
    expect(rec.last().edges).toHaveLength(1);
  });

  it('filters by kind and dims cards that do not match the search', async () => {
    render(EvidenceBoard, makeProps({ board: linkedBoard() }).props);
    await expect.element(boardNode('Place: Hearth Ring')).toBeVisible();
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Show kind' }), 'Person');
    await expect.element(boardNode('Place: Hearth Ring')).not.toBeInTheDocument();
    await expect.element(boardNode('Person: Mira Solis, 2148-04-01')).toBeVisible();
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Show kind' }), 'All kinds');
    await userEvent.fill(page.getByRole('searchbox', { name: 'Search the board' }), 'vault');
    await expect.element(boardNode('Place: Hearth Ring')).toHaveClass(/dimmed/);
    await expect.element(boardNode('Person: Kai Zen')).not.toHaveClass(/dimmed/);
  });

  it('focuses on a card and its neighbours with F', async () => {
    render(EvidenceBoard, makeProps({ board: linkedBoard() }).props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    (kai.element() as HTMLElement).focus();
    await userEvent.keyboard('f');
    await expect.element(boardNode('Person: Mira Solis, 2148-04-01')).toHaveClass(/dimmed/);
    await expect.element(boardNode('Document: Leak memo, 2148-05-27')).not.toHaveClass(/dimmed/);
    await page.getByRole('button', { name: 'Show all cards' }).click();
    await expect.element(boardNode('Person: Mira Solis, 2148-04-01')).not.toHaveClass(/dimmed/);
  });

  it('selects several cards with Shift+Enter and moves them together', async () => {
    const rec = makeProps({ board: linkedBoard() });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    (kai.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    (boardNode('Place: Hearth Ring').element() as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    await userEvent.keyboard('{ArrowRight}');
    const at = (id: string) => rec.last().nodes.find((n) => n.id === id);
    expect(at('card-c-kai')).toMatchObject({ x: 20, y: 0 });
    expect(at('card-c-ring')).toMatchObject({ x: 20, y: 200 });
    expect(at('card-c-memo')).toMatchObject({ x: 320, y: 0 });
  });

  it('lines dated cards up in date order on the timeline', async () => {
    const rec = makeProps({ board: linkedBoard() });
    render(EvidenceBoard, rec.props);
    await page.getByRole('button', { name: 'Timeline' }).click();
    const mira = rec.last().nodes.find((n) => n.id === 'card-c-mira')!;
    const memo = rec.last().nodes.find((n) => n.id === 'card-c-memo')!;
    expect(mira.y).toBe(memo.y);
    expect(mira.x).toBeLessThan(memo.x);
    const lane = rec.last().nodes.find((n) => n.kind === 'lane')!;
    expect(lane.y).toBeLessThan(mira.y);
    expect(Number(lane.width)).toBeGreaterThan(memo.x - mira.x);
    await expect.element(page.getByText('Timeline, earliest to latest')).toBeVisible();
    await page.getByRole('button', { name: 'Timeline' }).click();
    expect(rec.last().nodes.filter((n) => n.kind === 'lane')).toHaveLength(1);
  });

  it('draws the board to a PNG picture', async () => {
    const { nodes, edges } = fromBoardState(linkedBoard(), clues, linkTypes);
    const blob = await boardToPng(nodes, edges, document.body);
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBeGreaterThan(500);
  });

  it('removes a focused link with Delete', async () => {
    const rec = makeProps({ board: linkedBoard() });
    render(EvidenceBoard, rec.props);
    const link = page.getByRole('group', { name: 'Kai Zen wrote Leak memo' });
    await expect.element(link).toBeInTheDocument();
    (link.element() as SVGElement).focus();
    await userEvent.keyboard('{Delete}');
    await expect
      .element(page.getByTestId('board-announcer'))
      .toHaveTextContent('Unlinked Kai Zen wrote Leak memo');
    expect(rec.last().edges).toEqual([]);
  });

  it('fills a slot with a card dragged from the board, and with one dragged from the tray, placing it too', async () => {
    const board = linkedBoard();
    board.nodes = board.nodes.filter((n) => n.id !== 'card-c-memo');
    const rec = makeProps({ board });
    await page.viewport(1400, 900);
    render(EvidenceBoard, rec.props);
    const whereSlot = page.getByRole('group', { name: 'where slot' });
    await userEvent.dragAndDrop(boardNode('Place: Hearth Ring'), whereSlot);
    await expect.element(page.getByRole('combobox', { name: 'where (place)' })).toHaveValue('c-ring');
    expect(rec.changes.every((b) => b.nodes.find((n) => n.id === 'card-c-ring')?.y === 200)).toBe(true);
    await userEvent.dragAndDrop(
      page.getByRole('button', { name: 'Place Document: Leak memo' }),
      page.getByRole('group', { name: 'what slot' }),
    );
    await expect.element(page.getByRole('combobox', { name: 'what (document)' })).toHaveValue('c-memo');
    expect(rec.last().nodes.map((n) => n.clueId)).toContain('c-memo');
  });
});
