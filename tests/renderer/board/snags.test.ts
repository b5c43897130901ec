// Snags a new player met on the board, each kept from coming back.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { BoardState } from '@shared/game-types';
import { emptyBoard, makeProps } from './board-fixture';

const boardNode = (name: string) => page.getByRole('group', { name, exact: true });
const announcer = () => page.getByTestId('board-announcer');
const toolbarLink = () =>
  page.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Link to…' });

function cards(zoom = 1): BoardState {
  return {
    ...emptyBoard(),
    nodes: [
      { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
      { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 320, y: 0 },
      { id: 'card-c-ring', kind: 'place', clueId: 'c-ring', x: 0, y: 200 },
    ],
    viewport: { x: 40, y: 40, zoom },
  };
}

describe('the card details panel', () => {
  it('shows a clicked card even when the board is zoomed far out', async () => {
    render(EvidenceBoard, makeProps({ board: cards(0.4) }).props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeInTheDocument();
    (kai.element() as HTMLElement).click();
    await expect.element(page.getByRole('heading', { name: 'Person: Kai Zen' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Open source' })).toBeVisible();
  });
});

describe('Link to… from the toolbar', () => {
  it('links the two cards the player selected, showing both ends before linking', async () => {
    const rec = makeProps({ board: cards() });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    const memo = boardNode('Document: Leak memo, 2148-05-27');
    await expect.element(kai).toBeVisible();
    (kai.element() as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    (memo.element() as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    // The ring card has focus last but is not selected: it must play no part.
    (boardNode('Place: Hearth Ring').element() as HTMLElement).focus();
    await toolbarLink().click();
    const dialog = page.getByRole('dialog', { name: /^Link Kai Zen to…/ });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText('To: Leak memo')).toBeVisible();
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    expect(rec.last().edges).toMatchObject([{ from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }]);
  });

  it('is refused, with the reason, when no card is selected', async () => {
    render(EvidenceBoard, makeProps({ board: cards() }).props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    (kai.element() as HTMLElement).click();
    (document.querySelector('.svelte-flow__pane') as HTMLElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true }),
    );
    await expect.element(toolbarLink()).toBeDisabled();
  });

  it('says so when no card matches the search', async () => {
    render(EvidenceBoard, makeProps({ board: cards() }).props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    (kai.element() as HTMLElement).focus();
    await userEvent.keyboard('l');
    await userEvent.keyboard('zebra');
    await expect.element(page.getByText('No card matches “zebra”. Try fewer letters.')).toBeVisible();
  });
});

describe('the timeline', () => {
  it('counts one dated card in the singular', async () => {
    render(EvidenceBoard, makeProps({ board: cards() }).props);
    await expect.element(boardNode('Person: Kai Zen')).toBeVisible();
    await page.getByRole('button', { name: 'Timeline' }).click();
    await expect.element(announcer()).toHaveTextContent('Lined up 1 dated card in date order');
  });
});

describe('filled deduction slots', () => {
  it('shows a solved sentence with its cards when the board opens again', async () => {
    const board = { ...cards(), fills: { 'd-author': { who: 'c-kai', what: 'c-memo', where: 'c-ring' } } };
    render(EvidenceBoard, makeProps({ board, solved: ['d-author'] }).props);
    // Deductions solved before the board opened are folded away under "Solved".
    await page.getByText('Solved (1)').click();
    const who = page.getByRole('combobox', { name: 'who (person)' });
    await expect.element(who).toBeDisabled();
    await expect.element(who).toHaveValue('c-kai');
    await expect.element(page.getByRole('combobox', { name: 'where (place)' })).toHaveValue('c-ring');
  });

  it('keeps a half-filled sentence in the saved board and restores it', async () => {
    const rec = makeProps({ board: cards() });
    const first = await render(EvidenceBoard, rec.props);
    await page.getByRole('combobox', { name: 'who (person)' }).selectOptions('Kai Zen');
    await expect.poll(() => rec.changes.at(-1)?.fills).toEqual({ 'd-author': { who: 'c-kai' } });
    await first.unmount();

    render(EvidenceBoard, makeProps({ board: rec.last() }).props);
    await expect.element(page.getByRole('combobox', { name: 'who (person)' })).toHaveValue('c-kai');
    await expect.element(page.getByRole('combobox', { name: 'what (document)' })).toHaveValue('');
  });
});

describe('ticked links of a link question', () => {
  it('are kept in the saved board and ticked again when the board opens again', async () => {
    const board = { ...cards(), edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }] };
    const rec = makeProps({ board });
    const first = await render(EvidenceBoard, rec.props);
    const link = () =>
      page
        .getByRole('article', { name: /Prove the leak/ })
        .getByRole('checkbox', { name: 'Kai Zen wrote Leak memo' });
    await link().click();
    await expect.poll(() => rec.changes.at(-1)?.picks).toEqual({ 'd-links': ['e1'] });
    await first.unmount();

    render(EvidenceBoard, makeProps({ board: rec.last() }).props);
    await expect.element(link()).toBeChecked();
    await expect.element(page.getByText('(1 chosen)')).toBeVisible();
  });

  it('no longer count a ticked link that was removed from the board', async () => {
    const board = { ...cards(), picks: { 'd-links': ['gone'] } };
    render(EvidenceBoard, makeProps({ board }).props);
    await expect.element(page.getByText('(0 chosen)')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Submit links' })).toBeDisabled();
  });
});

describe('the list of deductions', () => {
  it('puts the newest deduction first and folds away the ones already solved', async () => {
    render(EvidenceBoard, makeProps({ board: cards() }).props);
    const titles = () =>
      Array.from(document.querySelectorAll('.deductions article h4')).map((h) => h.textContent?.trim());
    await expect.poll(titles).toEqual(['Prove the leak', 'Who wrote the memo?']);
  });

  it('folds away a deduction solved before the board opened', async () => {
    render(EvidenceBoard, makeProps({ board: cards(), solved: ['d-author'] }).props);
    await expect.element(page.getByRole('article', { name: /Prove the leak/ })).toBeVisible();
    await expect.element(page.getByRole('article', { name: /Who wrote the memo/ })).not.toBeInTheDocument();
    await page.getByText('Solved (1)').click();
    await expect.element(page.getByRole('article', { name: /Who wrote the memo/ })).toBeVisible();
  });
});

describe('link questions', () => {
  it('offer the links the question is about first, and fold the others away', async () => {
    const board = {
      ...cards(),
      nodes: [...cards().nodes, { id: 'card-c-mira', kind: 'person', clueId: 'c-mira', x: 320, y: 200 }],
      edges: [
        { id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' },
        { id: 'e2', from: 'card-c-kai', to: 'card-c-mira', type: 'knows' },
      ],
    };
    render(EvidenceBoard, makeProps({ board }).props);
    const question = page.getByRole('article', { name: /Prove the leak/ });
    await expect.element(question.getByRole('checkbox', { name: 'Kai Zen wrote Leak memo' })).toBeVisible();
    await expect
      .element(question.getByRole('checkbox', { name: 'Kai Zen knows Mira Solis' }))
      .not.toBeInTheDocument();
    await question.getByText('Other links (1)').click();
    await expect.element(question.getByRole('checkbox', { name: 'Kai Zen knows Mira Solis' })).toBeVisible();
  });
});
