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
