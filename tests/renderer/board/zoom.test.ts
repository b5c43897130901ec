// Zooming far out and back in: cards lose their small details, but links stay joined to their cards.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { BoardState } from '@shared/game-types';
import { emptyBoard, makeProps } from './board-fixture';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const board = () => document.querySelector('.evidence-board') as HTMLElement;

/** Two dated cards far apart, Mira linked to the memo: "Zoom to fit" has to go below the far zoom. */
function linkedFarApart(): BoardState {
  return {
    ...emptyBoard(),
    nodes: [
      { id: 'card-c-mira', kind: 'person', clueId: 'c-mira', x: 0, y: 0 },
      { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 2400, y: 600 },
    ],
    edges: [{ id: 'e1', from: 'card-c-mira', to: 'card-c-memo', type: 'wrote' }],
    viewport: { x: 40, y: 40, zoom: 1 },
  };
}

/** Where the link's line starts, in board coordinates, read from its path. */
function linkStart(): { x: number; y: number } {
  const d = document.querySelector('.svelte-flow__edge-path')?.getAttribute('d') ?? '';
  const m = /^M\s*(-?[\d.]+)[ ,](-?[\d.]+)/.exec(d);
  if (!m) throw new Error(`The link has no path to read: "${d}".`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** Mira's card is 220 wide and sits at (0, 0): her links leave from its right edge, handle and all. */
const atMiraCard = (p: { x: number; y: number }) => Math.abs(p.x - 220) < 20 && p.y > 0 && p.y < 120;

/** Zooms the canvas in with the mouse wheel, a notch at a time, as a player does. */
async function wheelIn(notches: number) {
  const pane = document.querySelector('.svelte-flow__pane') as HTMLElement;
  const r = pane.getBoundingClientRect();
  for (let i = 0; i < notches; i += 1) {
    pane.dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        deltaY: -200,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
      }),
    );
    await frame();
  }
}

describe('links when zoomed far out', () => {
  it('still start at their card after zooming out below the far zoom and back in', async () => {
    render(EvidenceBoard, makeProps({ board: linkedFarApart() }).props);
    await expect.element(page.getByRole('group', { name: 'Person: Mira Solis, 2148-04-01' })).toBeVisible();
    await expect.poll(() => atMiraCard(linkStart())).toBe(true);

    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await expect.poll(() => board().classList.contains('far')).toBe(true);
    for (let i = 0; i < 5; i += 1) await frame();
    expect(linkStart()).toSatisfy(atMiraCard);

    await wheelIn(12);
    await expect.poll(() => board().classList.contains('far')).toBe(false);
    for (let i = 0; i < 5; i += 1) await frame();
    expect(linkStart()).toSatisfy(atMiraCard);
  });
});
