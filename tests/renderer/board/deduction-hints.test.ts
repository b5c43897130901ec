// Hints for deductions on the board: the same ladder as puzzles, one rung at a time, each taken on confirm.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { GateProgress } from '@shared/game-types';
import { emptyBoard, makeProps } from './board-fixture';

const fresh = (over: Partial<GateProgress> = {}): GateProgress => ({
  hintsTaken: [],
  hints: [],
  wrongGuesses: 0,
  waitUntil: 0,
  ...over,
});

describe('the hint ladder of a deduction', () => {
  it('is shown on each open deduction and takes a rung only once the player confirms it', async () => {
    const rec = makeProps({ progress: { 'd-author': fresh(), 'd-links': fresh() } });
    render(EvidenceBoard, rec.props);
    const ladder = page.getByRole('region', { name: 'Hints: Who wrote the memo?' });
    await expect.element(ladder).toBeVisible();
    await expect.element(page.getByRole('region', { name: 'Hints: Prove the leak' })).toBeVisible();

    await ladder.getByRole('button', { name: 'Take a hint (Nudge: where to look)' }).click();
    const confirm = page.getByRole('dialog', { name: 'Take the nudge hint?' });
    await expect.element(confirm).toBeVisible();
    expect(rec.hints).toEqual([]);
    await confirm.getByRole('button', { name: 'Show the hint' }).click();
    await expect.poll(() => rec.hints).toEqual([{ gateId: 'd-author', rung: 'nudge' }]);
  });

  it('lists the hints already taken and says how long a sealed rung has to go', async () => {
    const progress = fresh({
      hintsTaken: ['nudge', 'method'],
      hints: [
        { rung: 'nudge', text: 'Who signs memos?' },
        { rung: 'method', text: 'Read the log.' },
      ],
      hintLocks: { pinpoint: 120_000, reveal: 300_000 },
    });
    render(EvidenceBoard, makeProps({ progress: { 'd-author': progress } }).props);
    const ladder = page.getByRole('region', { name: 'Hints: Who wrote the memo?' });
    await expect.element(ladder.getByText('Who signs memos?')).toBeVisible();
    await expect.element(ladder.getByText('Read the log.')).toBeVisible();
    await expect.element(ladder.getByTestId('hint-lock')).toHaveTextContent(/still sealed: about 2 min/);
  });

  it('is not offered on a solved deduction', async () => {
    render(EvidenceBoard, makeProps({ solved: ['d-author'], progress: { 'd-author': fresh() } }).props);
    await expect.element(page.getByRole('region', { name: 'Hints: Prove the leak' })).toBeVisible();
    await expect
      .element(page.getByRole('region', { name: 'Hints: Who wrote the memo?' }))
      .not.toBeInTheDocument();
  });
});

describe('working on a deduction', () => {
  it('tells the game which deduction is worked on, and that none is once the board is left', async () => {
    const rec = makeProps({
      board: {
        ...emptyBoard(),
        nodes: [{ id: 'card-c-kai', kind: 'person', clueId: 'c-kai', x: 0, y: 0 }],
      },
    });
    const screen = await render(EvidenceBoard, rec.props);
    const who = page.getByRole('combobox', { name: 'who (person)' });
    (who.element() as HTMLElement).focus();
    expect(rec.focused.at(-1)).toBe('d-author');
    await page
      .getByRole('region', { name: 'Hints: Prove the leak' })
      .getByRole('button', { name: /Take a hint/ })
      .click();
    expect(rec.focused.at(-1)).toBe('d-links');
    await screen.unmount();
    expect(rec.focused.at(-1)).toBe(null);
  });
});
