import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import Workbench from '../../../renderer/src/workbench/Workbench.svelte';
import type { PublicPuzzle } from '../../../electron/shared/pack/public-types';
import type { SavedRecipe } from '../../../electron/shared/game-types';

function puzzle(overrides: Partial<PublicPuzzle> = {}): PublicPuzzle {
  return {
    id: 'packet',
    title: 'Intercepted packet',
    chapter: 'one',
    cipher: 'caesar',
    ciphertext: 'WKH SODQ',
    prompt: 'What does the packet say?',
    keepSpaces: true,
    locks: [],
    ...overrides,
  };
}

function setup(options: { puzzle?: PublicPuzzle | null; recipe?: SavedRecipe } = {}) {
  const onRecipeChange = vi.fn<(recipe: SavedRecipe) => void>();
  const onSendToAnswer = vi.fn<(text: string) => void>();
  render(Workbench, {
    puzzle: options.puzzle === undefined ? puzzle() : options.puzzle,
    recipe: options.recipe ?? [],
    onRecipeChange,
    onSendToAnswer,
  });
  return { onRecipeChange, onSendToAnswer };
}

const output = () => page.getByRole('region', { name: 'Output text' });

describe('the cipher workbench', () => {
  it('turns the Caesar ciphertext into plaintext as a shift is typed', async () => {
    const { onRecipeChange } = setup();
    await expect.element(page.getByRole('textbox', { name: 'Input' })).toHaveValue('WKH SODQ');
    await expect.element(output()).toHaveTextContent('WKH SODQ');

    const search = page.getByRole('searchbox', { name: 'Add an operation' });
    await search.click();
    await userEvent.keyboard('caesar{Enter}');
    const shift = page.getByRole('spinbutton', { name: /Shift/ });
    await expect.element(shift).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await expect.element(page.getByText('The shift must be a whole number.').first()).toBeVisible();
    await userEvent.keyboard('3');
    await expect.element(output()).toHaveTextContent('THE PLAN');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
    ]);
  });
});
