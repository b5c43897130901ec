// Cards placed from the tray, one after another, each take a free spot near the centre.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import EvidenceBoard from '../../../renderer/src/board/EvidenceBoard.svelte';
import { clues, makeProps } from './board-fixture';

describe('placing cards from the tray', () => {
  it('puts each card where no other card already is', async () => {
    const recorder = makeProps();
    render(EvidenceBoard, recorder.props);
    for (let left = clues.length; left > 0; left -= 1) {
      await page
        .getByRole('button', { name: /^Place / })
        .first()
        .click();
      await expect
        .poll(() => document.querySelectorAll('.svelte-flow__node').length)
        .toBe(clues.length - left + 1);
    }
    const saved = recorder.changes.at(-1)!;
    const cards = saved.nodes.filter((n) => n.clueId);
    expect(cards).toHaveLength(clues.length);
    for (const a of cards) {
      for (const b of cards) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 90;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
  });
});
