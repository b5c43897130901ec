// The operation picker: Enter adds the operation the player named, not one that merely mentions the word.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import CipherPicker from '../../../renderer/src/workbench/CipherPicker.svelte';

describe('the operation picker', () => {
  it.each([
    ['column', 'columnar'],
    ['hex', 'hex'],
    ['aes', 'aes'],
  ])('adds %s as %s when Enter is pressed', async (query, id) => {
    const onAdd = vi.fn<(id: string) => void>();
    render(CipherPicker, { id: 'p', onAdd });
    await page.getByRole('searchbox', { name: 'Add an operation' }).click();
    await userEvent.keyboard(`${query}{Enter}`);
    expect(onAdd).toHaveBeenCalledWith(id);
    const names = Array.from(document.querySelectorAll('ul[aria-label="Operations"] button .name'));
    expect(names[0]?.textContent).toMatch(new RegExp(id === 'hex' ? 'Hexadecimal' : id, 'i'));
  });
});

describe('the operation list once the recipe has steps', () => {
  const buttons = () => Array.from(document.querySelectorAll('ul[aria-label="Operations"] button .name'));

  it('folds away until the player searches or asks for it, keeping the suggested one in sight', async () => {
    const onAdd = vi.fn<(id: string) => void>();
    render(CipherPicker, { id: 'p', folded: true, suggested: 'vigenere', onAdd });
    expect(buttons().map((b) => b.textContent)).toEqual(['Add Vigenère']);
    await expect.element(page.getByText(/operations: type to search, or show them all/)).toBeVisible();
    await page.getByRole('button', { name: 'Show all operations' }).click();
    expect(buttons().length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Fold the list' }).click();
    expect(buttons()).toHaveLength(1);
    await page.getByRole('searchbox', { name: 'Add an operation' }).fill('rail');
    expect(buttons().map((b) => b.textContent)).toEqual(['Add Rail fence']);
  });

  it('opens the list from the search box with the Down arrow', async () => {
    render(CipherPicker, { id: 'p', folded: true, onAdd: vi.fn() });
    expect(buttons()).toHaveLength(0);
    await page.getByRole('searchbox', { name: 'Add an operation' }).click();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('button', { name: /^Add / }).first()).toHaveFocus();
    expect(buttons().length).toBeGreaterThan(10);
  });
});
