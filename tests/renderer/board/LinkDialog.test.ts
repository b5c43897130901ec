// The link dialog: what each link type claims, and a card search that picks the only match.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import LinkDialog from '../../../renderer/src/board/LinkDialog.svelte';
import type { PublicLinkType } from '@shared/game-types';

const linkTypes: PublicLinkType[] = [
  {
    id: 'same-signature',
    label: 'same signature',
    meaning: 'the same mark or signature appears on both',
    symmetric: true,
  },
  {
    id: 'wrote',
    label: 'wrote',
    meaning: 'a wrote b: b is their message, log or signature',
    symmetric: false,
  },
  { id: 'knows', label: 'knows', symmetric: true },
];
const targets = [
  { id: 'card-c-memo', title: 'Leak memo' },
  { id: 'card-c-mira', title: 'Mira Solis' },
  { id: 'card-c-ring', title: 'Hearth Ring' },
];

function open() {
  const picked: { target: string; type: string }[] = [];
  render(LinkDialog, {
    sourceTitle: 'Kai Zen',
    targets,
    linkTypes,
    onpick: (target: string, type: string) => picked.push({ target, type }),
    onclose: () => {},
  });
  return { picked, dialog: page.getByRole('dialog', { name: 'Link Kai Zen to…' }) };
}

describe('the link dialog', () => {
  it('says beside each link type what it claims, and describes the chosen type by its meaning', async () => {
    const { dialog } = open();
    const meanings = dialog.getByRole('definition');
    await expect.element(meanings.first()).toHaveTextContent('the same mark or signature appears on both');
    await expect.element(dialog.getByRole('term').first()).toHaveTextContent('same signature');
    expect(meanings.elements()).toHaveLength(2);
    await expect
      .element(dialog.getByRole('listbox', { name: 'Link type' }))
      .toHaveAccessibleDescription('the same mark or signature appears on both');
  });

  it('selects the only card left by the search, so Enter links to it', async () => {
    const { dialog, picked } = open();
    await dialog.getByRole('searchbox', { name: 'Find a card' }).click();
    await userEvent.keyboard('mira');
    await expect.element(dialog.getByRole('listbox', { name: 'Card' })).toHaveValue('card-c-mira');
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([{ target: 'card-c-mira', type: 'same-signature' }]);
  });

  it('selects nothing while the search still leaves several cards', async () => {
    const { dialog } = open();
    await dialog.getByRole('searchbox', { name: 'Find a card' }).fill('r');
    const card = dialog.getByRole('listbox', { name: 'Card' }).element() as HTMLSelectElement;
    await expect.poll(() => card.options.length).toBe(2);
    expect(card.selectedOptions).toHaveLength(0);
    await expect.element(dialog.getByRole('button', { name: 'Link', exact: true })).toBeDisabled();
  });
});
