// The canvas gets the room: an empty tray folds away, and the side panel folds away on request.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import { clues, emptyBoard, makeProps } from './board-fixture';

const canvasWidth = () =>
  page.getByRole('region', { name: 'Board canvas' }).element().getBoundingClientRect().width;
const boardWidth = () => document.querySelector('.evidence-board')!.getBoundingClientRect().width;

describe('room for the canvas', () => {
  it('folds the tray away once every card is on the board', async () => {
    const board = {
      ...emptyBoard(),
      nodes: clues.map((c, i) => ({ id: `card-${c.id}`, kind: c.kind, clueId: c.id, x: i * 260, y: 0 })),
    };
    render(EvidenceBoard, makeProps({ board }).props);
    await expect.element(page.getByRole('button', { name: 'Tray empty' })).toBeDisabled();
    expect(page.getByRole('complementary', { name: 'New cards' }).query()).toBeNull();
  });

  it('gives the canvas the whole width when the side panel is folded away', async () => {
    render(EvidenceBoard, makeProps().props);
    await expect.element(page.getByRole('complementary', { name: 'New cards' })).toBeVisible();
    await page.getByRole('button', { name: /^New cards/ }).click();
    await page.getByRole('button', { name: 'Hide details and deductions' }).click();
    await expect.element(page.getByRole('heading', { name: 'Deductions' })).not.toBeInTheDocument();
    await expect.poll(() => canvasWidth() / boardWidth()).toBeGreaterThan(0.95);
    await page.getByRole('button', { name: 'Show details and deductions' }).click();
    await expect.element(page.getByRole('heading', { name: 'Deductions' })).toBeVisible();
  });
});

describe('the board overview', () => {
  it('sits beside the canvas, never over a card, and follows the theme', async () => {
    render(
      EvidenceBoard,
      makeProps({
        board: {
          ...emptyBoard(),
          nodes: [{ id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }],
        },
      }).props,
    );
    const overview = page.getByRole('img', { name: /Board overview/ });
    await expect.element(overview).toBeVisible();
    const canvas = page.getByRole('region', { name: 'Board canvas' }).element();
    expect(canvas.contains(overview.element())).toBe(false);
    const a = overview.element().getBoundingClientRect();
    const b = canvas.getBoundingClientRect();
    expect(a.left >= b.right || a.right <= b.left || a.top >= b.bottom || a.bottom <= b.top).toBe(true);
    const background = getComputedStyle(overview.element().closest('.svelte-flow__minimap')!).backgroundColor;
    expect(background).not.toBe('rgb(255, 255, 255)');
  });
});

describe('new cards', () => {
  it('marks cards found since the last visit as new, and remembers them as seen after leaving', async () => {
    const rec = makeProps({ board: { ...emptyBoard(), seen: ['c-kai'] } });
    const shown = await render(EvidenceBoard, rec.props);
    await expect.element(page.getByRole('button', { name: 'Place Person: Mira Solis' })).toBeVisible();
    const marked = () =>
      Array.from(document.querySelectorAll('.tray-card'))
        .filter((b) => b.parentElement?.querySelector('.new-mark'))
        .map((b) => b.getAttribute('aria-label'));
    expect(marked()).toEqual([
      'Place Person: Mira Solis',
      'Place Place: Hearth Ring',
      'Place Document: Leak memo',
    ]);
    await expect
      .element(page.getByRole('button', { name: 'Place Person: Mira Solis' }))
      .toHaveAccessibleDescription('Found since you last looked at the board.');
    await shown.unmount();
    expect(rec.last().seen).toEqual(['c-kai', 'c-memo', 'c-ring', 'c-mira']);
  });

  it('lists the new cards first and older leftovers after, each latest found first', async () => {
    render(EvidenceBoard, makeProps({ board: { ...emptyBoard(), seen: ['c-kai', 'c-ring'] } }).props);
    await expect.element(page.getByRole('button', { name: 'Place Person: Mira Solis' })).toBeVisible();
    const order = Array.from(document.querySelectorAll('.tray-card')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(order).toEqual([
      'Place Person: Mira Solis',
      'Place Document: Leak memo',
      'Place Place: Hearth Ring',
      'Place Person: Kai Zen',
    ]);
  });
});
