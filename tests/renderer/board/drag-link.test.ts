// Links drawn with the mouse: drag from a card's handle and let go anywhere on another card.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { BoardState } from '@shared/game-types';
import { emptyBoard, makeProps } from './board-fixture';

const boardNode = (name: string) => page.getByRole('group', { name, exact: true });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A mouse drag in small steps, as a hand makes it: press on `from`, move across, let go on the middle of `to`. */
async function drag(from: Element, to: Element) {
  const a = from.getBoundingClientRect();
  await dragFrom(from, { x: a.left + a.width / 2, y: a.top + a.height / 2 }, to);
}

/** The same drag pressed at a point on screen, on whatever the player's pointer is over there. */
async function dragAt(start: { x: number; y: number }, to: Element) {
  const from = document.elementFromPoint(start.x, start.y);
  if (!from) throw new Error(`Nothing is drawn at (${start.x}, ${start.y}) to press on.`);
  await dragFrom(from, start, to);
}

async function dragFrom(from: Element, start: { x: number; y: number }, to: Element) {
  const b = to.getBoundingClientRect();
  const end = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  const fire = (target: EventTarget, type: string, x: number, y: number) =>
    target.dispatchEvent(
      new MouseEvent(type, {
        bubbles: true,
        cancelable: true,
        clientX: x,
        clientY: y,
        button: 0,
        buttons: 1,
      }),
    );
  fire(from, 'mousedown', start.x, start.y);
  for (let i = 1; i <= 10; i += 1) {
    fire(
      document,
      'mousemove',
      start.x + ((end.x - start.x) * i) / 10,
      start.y + ((end.y - start.y) * i) / 10,
    );
    await frame();
  }
  fire(document, 'mouseup', end.x, end.y);
  await frame();
}

const twoCards = (): BoardState => ({
  ...emptyBoard(),
  nodes: [
    { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
    { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 0, y: 220 },
  ],
});

describe('linking by dragging', () => {
  it('links two cards when the line is dropped on the middle of the second card', async () => {
    const rec = makeProps({ board: twoCards() });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    const memo = boardNode('Document: Leak memo, 2148-05-27');
    await expect.element(memo).toBeVisible();
    const handle = kai.element().querySelector('.svelte-flow__handle.source') as HTMLElement;
    await drag(handle, memo.element());
    const dialog = page.getByRole('dialog', { name: /^Link Kai Zen to…/ });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText('To: Leak memo')).toBeVisible();
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    expect(rec.last().edges).toMatchObject([{ from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }]);
    await expect.element(page.getByText('wrote', { exact: true })).toBeVisible();
  });

  it("starts a link, not a move, when pressed a little off the dot at the card's edge", async () => {
    render(EvidenceBoard, makeProps({ board: twoCards() }).props);
    const kai = boardNode('Person: Kai Zen');
    const memo = boardNode('Document: Leak memo, 2148-05-27');
    await expect.element(memo).toBeVisible();
    const before = kai.element().getBoundingClientRect();
    // A hand aims near the dot, not on its centre pixel: just inside the card's edge and a little low.
    await dragAt({ x: before.right - 9, y: before.top + before.height / 2 + 10 }, memo.element());
    await expect.element(page.getByRole('dialog', { name: /^Link Kai Zen to…/ })).toBeVisible();
    const after = kai.element().getBoundingClientRect();
    expect({ x: after.left, y: after.top }).toEqual({ x: before.left, y: before.top });
  });
});
