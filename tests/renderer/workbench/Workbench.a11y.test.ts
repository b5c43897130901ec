import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import '../../../renderer/src/styles/global.css';
import Workbench from '../../../renderer/src/workbench/Workbench.svelte';

afterEach(() => {
  delete document.documentElement.dataset.motion;
});

describe('the workbench for screen readers and keyboards', () => {
  it('has a label for every control and no axe violations with every picture open', async () => {
    const { container } = await render(Workbench, {
      puzzle: {
        id: 'p',
        title: 'Intercepted packet',
        chapter: 'one',
        cipher: 'caesar',
        ciphertext: 'WKH SODQ LV WR PHHW DW WKH ROG WRZHU EHIRUH GDZQ',
        prompt: 'What does it say?',
        keepSpaces: true,
        locks: [],
        teach: { tool: 'caesar', text: 'A Caesar shift moves every letter the same distance.' },
      },
      recipe: [
        { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
        { id: 'substitution', direction: 'decrypt', params: { alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' } },
        { id: 'vigenere', direction: 'encrypt', params: { key: '' } },
      ],
      onRecipeChange: () => {},
      onSendToAnswer: () => {},
      assist: true,
    });
    for (const details of container.querySelectorAll('details')) details.open = true;
    await expect.element(page.getByRole('slider', { name: 'Caesar shift wheel' })).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: /Cipher A, / })).toBeVisible();

    for (const control of container.querySelectorAll('input, select, textarea')) {
      const labelled =
        (control as HTMLInputElement).labels?.length ||
        control.getAttribute('aria-label') ||
        control.id === '';
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    const results = await axe.run(container, { resultTypes: ['violations'] });
    const problems = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    expect(problems).toEqual([]);
  });
});

describe('motion', () => {
  const wheelTransition = async (reduced: boolean) => {
    if (reduced) document.documentElement.dataset.motion = 'reduced';
    const { container } = await render(Workbench, {
      puzzle: null,
      recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }],
      onRecipeChange: () => {},
      onSendToAnswer: () => {},
      assist: true,
    });
    await expect.element(page.getByRole('slider', { name: 'Caesar shift wheel' })).toBeVisible();
    return getComputedStyle(container.querySelector('.turning')!).transitionDuration;
  };

  it('turns the shift wheel smoothly by default', async () => {
    expect(await wheelTransition(false)).not.toBe('0s');
  });

  it('turns the shift wheel without animation when motion is reduced', async () => {
    expect(await wheelTransition(true)).toBe('0s');
  });
});
