import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { BoardState, DeductionResult } from '@shared/game-types';
import { emptyBoard, makeProps, solvedResult } from './board-fixture';

const boardNode = (name: string) => page.getByRole('group', { name, exact: true });
const announcer = () => page.getByTestId('board-announcer');
const authorCard = () => page.getByRole('article', { name: /Who wrote the memo\?/ });

function threeCards(): BoardState {
  return {
    ...emptyBoard(),
    nodes: [
      { id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 },
      { id: 'card-c-memo', kind: 'document', clueId: 'c-memo', x: 320, y: 0 },
      { id: 'card-c-ring', kind: 'place', clueId: 'c-ring', x: 0, y: 200 },
    ],
  };
}

function focus(el: Element) {
  (el as HTMLElement).focus();
}

describe('kind icons', () => {
  it('are drawn in SVG on board cards and in the tray, never left to a font glyph', async () => {
    const rec = makeProps({ board: threeCards() });
    render(EvidenceBoard, rec.props);
    await expect.element(boardNode('Place: Hearth Ring')).toBeVisible();
    const card = boardNode('Place: Hearth Ring').element();
    expect(card.querySelector('svg.kind-icon[data-kind="place"]')).not.toBeNull();
    // The kind's word is the only text: no symbol a font might lack.
    expect(card.querySelector('.kind')?.textContent?.trim()).toBe('Place');
    const tray = page
      .getByRole('button', { name: /^Place / })
      .first()
      .element();
    expect(tray.querySelector('svg.kind-icon')).not.toBeNull();
  });
});

describe('placing cards', () => {
  it('places a card from the tray with Enter and reports the new board', async () => {
    const rec = makeProps();
    render(EvidenceBoard, rec.props);
    const trayCard = page.getByRole('button', { name: 'Place Person: Kai Zen' });
    await expect.element(trayCard).toBeVisible();
    focus(trayCard.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(boardNode('Person: Kai Zen')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Place Person: Kai Zen' })).not.toBeInTheDocument();
    expect(rec.last().nodes).toMatchObject([{ kind: 'person', clueId: 'c-kai' }]);
    await expect.element(announcer()).toHaveTextContent('Placed Kai Zen on the board');
  });

  it('tells card kinds apart by a written kind, not only by colour', async () => {
    const rec = makeProps({ board: threeCards() });
    render(EvidenceBoard, rec.props);
    await expect.element(boardNode('Document: Leak memo, 2148-05-27')).toBeVisible();
    const card = boardNode('Place: Hearth Ring').element();
    expect(card.textContent).toContain('Place');
    expect(card.querySelector('.shape-hex')).not.toBeNull();
    expect(boardNode('Person: Kai Zen').element().querySelector('.shape-pill')).not.toBeNull();
  });

  it('restores positions from the saved board and moves a card with the arrow keys, undoably', async () => {
    const rec = makeProps({ board: threeCards() });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    focus(kai.element());
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
    await expect.element(announcer()).toHaveTextContent('Moved Kai Zen down');
    expect(rec.last().nodes.find((n) => n.id === 'card-c-kai')).toMatchObject({ x: 20, y: 100 });
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(rec.last().nodes.find((n) => n.id === 'card-c-kai')).toMatchObject({ x: 0, y: 0 });
  });
});

describe('linking by keyboard', () => {
  it('links a card to another chosen from a list, announces it, and undoes and redoes the link', async () => {
    const rec = makeProps({ board: threeCards() });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    focus(kai.element());
    await userEvent.keyboard('l');
    const dialog = page.getByRole('dialog', { name: 'Link Kai Zen to…' });
    await expect.element(dialog).toBeVisible();
    await userEvent.keyboard('memo');
    await userEvent.keyboard('{Tab}{ArrowDown}');
    await expect.element(page.getByRole('listbox', { name: 'Card' })).toHaveValue('card-c-memo');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(announcer()).toHaveTextContent('Linked Kai Zen wrote Leak memo');
    expect(rec.last().edges).toMatchObject([{ from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }]);
    await expect.element(page.getByText('wrote', { exact: true })).toBeVisible();

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(rec.last().edges).toEqual([]);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(rec.last().edges).toHaveLength(1);
    await userEvent.keyboard('{Control>}z{/Control}');
    await userEvent.keyboard('{Control>}y{/Control}');
    expect(rec.last().edges).toHaveLength(1);
  });

  it('opens the source passage and unlinks from the detail panel', async () => {
    const board = {
      ...threeCards(),
      edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }],
    };
    const rec = makeProps({ board });
    render(EvidenceBoard, rec.props);
    const kai = boardNode('Person: Kai Zen');
    await expect.element(kai).toBeVisible();
    focus(kai.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('heading', { name: 'Person: Kai Zen' })).toBeVisible();
    await page.getByRole('button', { name: 'Open source' }).click();
    expect(rec.opened).toEqual([{ file: 'f-log', quote: 'Kai signed in' }]);
    await page.getByRole('button', { name: 'Unlink Kai Zen wrote Leak memo' }).click();
    await expect.element(announcer()).toHaveTextContent('Unlinked Kai Zen wrote Leak memo');
    expect(rec.last().edges).toEqual([]);
  });
});

describe('notes and groups', () => {
  it('creates a note, writes in it and frames it in a group', async () => {
    const rec = makeProps({ board: threeCards() });
    render(EvidenceBoard, rec.props);
    await page.getByRole('button', { name: 'New note' }).click();
    const text = page.getByRole('textbox', { name: 'Note text' });
    await expect.element(text).toHaveFocus();
    await userEvent.keyboard('Who benefits?');
    await userEvent.keyboard('{Tab}');
    expect(rec.last().notes).toMatchObject([{ text: 'Who benefits?' }]);
    await page.getByRole('button', { name: 'Group' }).click();
    expect(rec.last().groups).toHaveLength(1);
    const note = rec.last().nodes.find((n) => n.kind === 'note');
    expect(note?.groupId).toBe(rec.last().groups[0]!.id);
  });
});

describe('deductions', () => {
  it('submits a wrong group, counts the wrong slots and waits, then accepts the right one and locks it', async () => {
    let tries = 0;
    const rec = makeProps({ board: threeCards(), feedback: 'count' }, (): DeductionResult => {
      tries += 1;
      return tries === 1
        ? { kind: 'wrong', message: 'No.', waitMs: 1500, wrongCount: 2, wrongSlots: ['what', 'where'] }
        : solvedResult;
    });
    render(EvidenceBoard, rec.props);
    const who = page.getByRole('combobox', { name: 'who (person)' });
    await expect.element(who).toBeVisible();
    await userEvent.selectOptions(who, 'Kai Zen');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'what (document)' }), 'Leak memo');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'where (place)' }), 'Hearth Ring');
    const submit = page.getByRole('button', { name: 'Submit sentence' });
    await submit.click();
    await expect.element(authorCard().getByText('2 of 3 are wrong.')).toBeVisible();
    await expect.element(page.getByRole('timer')).toHaveTextContent(/Next try in [12] s/);
    await expect.element(submit).toBeDisabled();
    expect(rec.submissions[0]).toEqual({
      id: 'd-author',
      submission: { fills: { who: 'c-kai', what: 'c-memo', where: 'c-ring' } },
    });
    // Count mode says how many, never which.
    expect(document.body.textContent).not.toContain('✗ wrong');
    await expect.element(submit, { timeout: 4000 }).toBeEnabled();
    await expect.element(page.getByRole('timer')).not.toBeInTheDocument();
    await submit.click();
    await expect.element(authorCard().getByText('✓ Solved', { exact: true })).toBeVisible();
    await expect.element(authorCard().getByText(/Unlocked 1 new card/)).toBeVisible();
    await expect.element(who).toBeDisabled();
    await expect.element(page.getByRole('button', { name: 'Submit sentence' })).not.toBeInTheDocument();
  });

  it('marks the wrong slots with a word and an icon in pinpoint mode', async () => {
    const rec = makeProps({ board: threeCards(), feedback: 'pinpoint' }, () => ({
      kind: 'wrong',
      message: 'No.',
      waitMs: 0,
      wrongCount: 1,
      wrongSlots: ['where'],
    }));
    render(EvidenceBoard, rec.props);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'who (person)' }), 'Kai Zen');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'what (document)' }), 'Leak memo');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'where (place)' }), 'Hearth Ring');
    await page.getByRole('button', { name: 'Submit sentence' }).click();
    await expect.element(authorCard().getByText(/1 of 3 is wrong/)).toBeVisible();
    await expect.element(page.getByRole('combobox', { name: 'where (place), wrong' })).toBeVisible();
    await expect.element(authorCard().getByText('✗ wrong', { exact: true })).toBeVisible();
  });

  it('says only right or wrong in group mode', async () => {
    const rec = makeProps({ board: threeCards(), feedback: 'group' }, () => ({
      kind: 'wrong',
      message: 'No.',
      waitMs: 0,
      wrongCount: 1,
      wrongSlots: ['where'],
    }));
    render(EvidenceBoard, rec.props);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'who (person)' }), 'Kai Zen');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'what (document)' }), 'Leak memo');
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'where (place)' }), 'Hearth Ring');
    await page.getByRole('button', { name: 'Submit sentence' }).click();
    await expect.element(authorCard().getByText('Not right: at least one part is wrong.')).toBeVisible();
    expect(document.body.textContent).not.toContain('1 of 3');
  });

  it('answers a link set with the links chosen on the board', async () => {
    const board = {
      ...threeCards(),
      edges: [{ id: 'e1', from: 'card-c-kai', to: 'card-c-memo', type: 'wrote' }],
    };
    const rec = makeProps({ board }, () => solvedResult);
    render(EvidenceBoard, rec.props);
    const submit = page.getByRole('button', { name: 'Submit links' });
    await expect.element(submit).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Kai Zen wrote Leak memo' }).click();
    await submit.click();
    expect(rec.submissions).toEqual([
      { id: 'd-links', submission: { links: [{ from: 'c-kai', type: 'wrote', to: 'c-memo' }] } },
    ]);
    await expect.element(page.getByText('The links are locked in.')).toBeVisible();
  });

  it('shows a deduction solved earlier as locked in, folded under Solved', async () => {
    const rec = makeProps({ board: threeCards(), solved: ['d-author'] });
    render(EvidenceBoard, rec.props);
    await page.getByText('Solved (1)').click();
    await expect.element(page.getByRole('combobox', { name: 'who (person)' })).toBeDisabled();
    await expect
      .element(page.getByRole('article', { name: /Who wrote the memo\?/ }).getByText('Solved'))
      .toBeVisible();
  });
});
