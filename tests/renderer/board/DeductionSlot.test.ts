// Deduction slots show where a dragged card can go, and where it cannot, in words as well as outline.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { BoardState } from '@shared/game-types';
import { emptyBoard, makeProps } from './board-fixture';
import '../../../renderer/src/styles/global.css';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const slot = (name: string) => page.getByRole('group', { name: `${name} slot`, exact: true });
const slotEl = (name: string) => slot(name).element() as HTMLElement;
const announcer = () => page.getByTestId('board-announcer');

/** Kai Zen is on the board; the memo, the ring and Mira Solis wait in the tray. */
function kaiOnBoard(): BoardState {
  return { ...emptyBoard(), nodes: [{ id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }] };
}

function htmlDrag(
  target: Element,
  type: string,
  data: DataTransfer,
  relatedTarget?: Element | null,
): boolean {
  return target.dispatchEvent(
    new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, relatedTarget }),
  );
}

/** Starts an HTML drag of a tray card, as the browser does when the player picks it up. */
async function pickUpFromTray(title: string): Promise<{ card: HTMLElement; data: DataTransfer }> {
  const card = page.getByRole('button', { name: new RegExp(`^Place .*: ${title}$`) });
  await expect.element(card).toBeVisible();
  const data = new DataTransfer();
  htmlDrag(card.element(), 'dragstart', data);
  return { card: card.element() as HTMLElement, data };
}

describe('a card dragged from the tray', () => {
  it('shows every slot of its kind as a drop target, and the others as refusing, in words', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard() }).props);
    await pickUpFromTray('Mira Solis');
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'accepts');
    await expect.element(slot('who')).toHaveTextContent('Drop here');
    await expect.element(slot('where')).toHaveAttribute('data-drop', 'refuses');
    await expect.element(slot('where')).toHaveTextContent('Takes a place');
    await expect.element(slot('what')).toHaveTextContent('Takes a document');
    expect(getComputedStyle(slotEl('who')).borderStyle).toBe('dashed');
  });

  it('highlights the slot under the pointer, and lets it go when the pointer leaves', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard() }).props);
    const { data } = await pickUpFromTray('Mira Solis');
    htmlDrag(slotEl('who'), 'dragenter', data);
    expect(htmlDrag(slotEl('who'), 'dragover', data)).toBe(false);
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'over');
    await expect.element(slot('who')).toHaveTextContent('Let go to fill');
    expect(getComputedStyle(slotEl('who')).borderStyle).toBe('solid');
    // Moving onto the slot's own list is still over the slot.
    htmlDrag(slotEl('who'), 'dragleave', data, slotEl('who').querySelector('select'));
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'over');
    htmlDrag(slotEl('who'), 'dragleave', data, null);
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'accepts');
  });

  it('refuses to be dropped on a slot of another kind, and says which kind the slot takes', async () => {
    const rec = makeProps({ board: kaiOnBoard() });
    render(EvidenceBoard, rec.props);
    const { data } = await pickUpFromTray('Mira Solis');
    data.setData('text/x-resonance-clue', 'c-mira');
    // The browser shows a refused drop when dragover is not cancelled.
    expect(htmlDrag(slotEl('where'), 'dragover', data)).toBe(true);
    htmlDrag(slotEl('where'), 'drop', data);
    await expect.element(announcer()).toHaveTextContent('The where slot takes a place card.');
    expect(rec.changes.at(-1)?.fills).toBeUndefined();
  });

  it('fills the slot it is dropped on and goes on the board, and every hint ends with the drag', async () => {
    const rec = makeProps({ board: kaiOnBoard() });
    render(EvidenceBoard, rec.props);
    const { card, data } = await pickUpFromTray('Mira Solis');
    data.setData('text/x-resonance-clue', 'c-mira');
    htmlDrag(slotEl('who'), 'dragover', data);
    htmlDrag(slotEl('who'), 'drop', data);
    htmlDrag(card, 'dragend', data);
    await expect.element(announcer()).toHaveTextContent('Mira Solis put in who, and placed on the board');
    expect(rec.last().fills).toEqual({ 'd-author': { who: 'c-mira' } });
    expect(rec.last().nodes.map((n) => n.clueId)).toContain('c-mira');
    await expect.element(slot('who').getByRole('combobox')).toHaveValue('c-mira');
    for (const name of ['who', 'what', 'where'])
      await expect.element(slot(name)).toHaveAttribute('data-drop', 'idle');
    expect(document.querySelector('.drop-hint')).toBeNull();
  });
});

describe('the end of a drag', () => {
  it('clears every hint when the card is dropped on the canvas and leaves the tray', async () => {
    const rec = makeProps({ board: kaiOnBoard() });
    render(EvidenceBoard, rec.props);
    const { data } = await pickUpFromTray('Mira Solis');
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'accepts');
    data.setData('text/x-resonance-clue', 'c-mira');
    const canvas = document.querySelector('.board-flow') as HTMLElement;
    const box = canvas.getBoundingClientRect();
    canvas.dispatchEvent(
      new DragEvent('drop', {
        bubbles: true,
        cancelable: true,
        dataTransfer: data,
        clientX: box.left + 100,
        clientY: box.top + 100,
      }),
    );
    await expect.poll(() => rec.changes.at(-1)?.nodes.map((n) => n.clueId)).toContain('c-mira');
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'idle');
  });

  it('does not light a slot of the wrong kind under the pointer', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard() }).props);
    const { data } = await pickUpFromTray('Mira Solis');
    htmlDrag(slotEl('where'), 'dragenter', data);
    await expect.element(slot('where')).toHaveAttribute('data-drop', 'refuses');
    expect(slotEl('where').classList.contains('over')).toBe(false);
  });
});

describe('a card dragged across the board', () => {
  it('lights the slot under the pointer while it moves, and fills it when let go', async () => {
    const rec = makeProps({ board: kaiOnBoard() });
    // Wide enough for the deductions to sit beside the canvas, as on a desktop.
    await page.viewport(1400, 900);
    render(EvidenceBoard, rec.props);
    const kai = page.getByRole('group', { name: 'Person: Kai Zen', exact: true });
    await expect.element(kai).toBeVisible();
    const from = kai.element().getBoundingClientRect();
    const to = slotEl('who').getBoundingClientRect();
    const start = { x: from.left + 20, y: from.top + 20 };
    const end = { x: to.left + to.width / 2, y: to.top + to.height / 2 };
    const fire = (target: EventTarget, type: string, x: number, y: number) =>
      target.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          view: window,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: 1,
        }),
      );
    fire(kai.element(), 'mousedown', start.x, start.y);
    for (let i = 1; i <= 10; i += 1) {
      fire(
        document,
        'mousemove',
        start.x + ((end.x - start.x) * i) / 10,
        start.y + ((end.y - start.y) * i) / 10,
      );
      await frame();
      if (i === 2) await expect.element(slot('where')).toHaveTextContent('Takes a place');
    }
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'over');
    await expect.element(slot('what')).toHaveAttribute('data-drop', 'refuses');
    fire(document, 'mouseup', end.x, end.y);
    await expect.poll(() => rec.changes.at(-1)?.fills).toEqual({ 'd-author': { who: 'c-kai' } });
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'idle');
  });
});

describe('an empty slot when nothing is dragged', () => {
  it('shows a drop mark beside its list, and the panel tells keyboard players the list is their way', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard() }).props);
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'idle');
    expect(slotEl('who').querySelector('.drop-icon svg[data-icon="drop"]')).not.toBeNull();
    await expect
      .element(page.getByText(/choosing a card from its list, or drag a card from the board or the tray/))
      .toBeVisible();
  });

  it('keeps its outline still under reduced motion', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard(), reducedMotion: true }).props);
    await pickUpFromTray('Mira Solis');
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'accepts');
    expect(getComputedStyle(slotEl('who')).animationName).toBe('none');
  });

  it('breathes while it waits for a card when motion is on', async () => {
    render(EvidenceBoard, makeProps({ board: kaiOnBoard(), reducedMotion: false }).props);
    await pickUpFromTray('Mira Solis');
    await expect.element(slot('who')).toHaveAttribute('data-drop', 'accepts');
    expect(getComputedStyle(slotEl('who')).animationName).toMatch(/slot-breathe/);
  });
});
