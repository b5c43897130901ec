import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent, type Locator } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import type { DeductionResult } from '@shared/game-types';
import { makeProps, solvedResult } from './board-fixture';

/** Presses Tab until the element has focus, as a keyboard user would. */
async function tabTo(target: Locator, max = 120): Promise<void> {
  const el = target.element();
  for (let i = 0; i < max && document.activeElement !== el; i += 1) await userEvent.keyboard('{Tab}');
  expect(document.activeElement, `Tab never reached ${el.outerHTML.slice(0, 80)}`).toBe(el);
}

function expectFocusVisible() {
  const el = document.activeElement as HTMLElement;
  expect(el.matches(':focus-visible'), 'focus-visible').toBe(true);
  expect(getComputedStyle(el).outlineStyle, el.outerHTML.slice(0, 80)).not.toBe('none');
}

describe('the board without a mouse', () => {
  it('places cards, links them, fills a deduction, sees the wait after a wrong try and solves it', async () => {
    let tries = 0;
    const rec = makeProps({ feedback: 'pinpoint' }, (): DeductionResult => {
      tries += 1;
      return tries === 1
        ? { kind: 'wrong', message: 'No.', waitMs: 1200, wrongCount: 1, wrongSlots: ['where'] }
        : solvedResult;
    });
    render(EvidenceBoard, rec.props);

    for (const name of ['Place Person: Kai Zen', 'Place Document: Leak memo', 'Place Place: Hearth Ring']) {
      const tray = page.getByRole('button', { name });
      await expect.element(tray).toBeVisible();
      await tabTo(tray);
      expectFocusVisible();
      await userEvent.keyboard('{Enter}');
      await expect.element(page.getByRole('button', { name })).not.toBeInTheDocument();
    }
    expect(rec.last().nodes.map((n) => n.clueId)).toEqual(['c-kai', 'c-memo', 'c-ring']);

    const kai = page.getByRole('group', { name: 'Person: Kai Zen', exact: true });
    await tabTo(kai);
    expectFocusVisible();
    await userEvent.keyboard('l');
    await expect.element(page.getByRole('dialog', { name: 'Link Kai Zen to…' })).toBeVisible();
    await userEvent.keyboard('memo{Tab}{ArrowDown}{Tab}{Tab}{Enter}');
    await expect
      .element(page.getByTestId('board-announcer'))
      .toHaveTextContent('Linked Kai Zen wrote Leak memo');
    expect(document.activeElement).toBe(kai.element());

    for (const slot of ['who (person)', 'what (document)', 'where (place)']) {
      const select = page.getByRole('combobox', { name: slot });
      await tabTo(select);
      expectFocusVisible();
      await userEvent.keyboard('{ArrowDown}');
    }
    const submit = page.getByRole('button', { name: 'Submit sentence' });
    await tabTo(submit);
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('timer')).toHaveTextContent(/Next try in \d s/);
    await expect.element(page.getByRole('combobox', { name: 'where (place), wrong' })).toBeVisible();
    expect(rec.submissions[0]!.submission).toEqual({
      fills: { who: 'c-kai', what: 'c-memo', where: 'c-ring' },
    });
    await expect.element(submit, { timeout: 4000 }).toBeEnabled();
    (submit.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(
        page.getByRole('article', { name: /Who wrote the memo\?/ }).getByText('✓ Solved', { exact: true }),
      )
      .toBeVisible();
  });
});
