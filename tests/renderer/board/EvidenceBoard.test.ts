import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import { makeProps } from './board-fixture';

function boardNode(name: string) {
  return page.getByRole('group', { name, exact: true });
}

describe('placing cards', () => {
  it('places a card from the tray with Enter and reports the new board', async () => {
    const rec = makeProps();
    render(EvidenceBoard, rec.props);
    const trayCard = page.getByRole('button', { name: 'Place Person: Kai Zen' });
    await expect.element(trayCard).toBeVisible();
    (trayCard.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(boardNode('Person: Kai Zen')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Place Person: Kai Zen' })).not.toBeInTheDocument();
    expect(rec.last().nodes).toMatchObject([{ kind: 'person', clueId: 'c-kai' }]);
    await expect
      .element(page.getByTestId('board-announcer'))
      .toHaveTextContent('Placed Kai Zen on the board');
  });
});
