import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import KindIcon from '../../../renderer/src/components/KindIcon.svelte';
import { CLUE_KINDS, FILE_KINDS } from '@shared/pack/source-schema';

describe('the kind icons', () => {
  it.each([...FILE_KINDS, ...CLUE_KINDS, 'note'])(
    'draws the %s icon as SVG lines, not a font glyph',
    async (kind) => {
      const { container } = await render(KindIcon, { kind });
      const svg = container.querySelector('svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      expect(svg?.getAttribute('data-kind')).toBe(kind);
      expect(svg?.textContent?.trim()).toBe('');
      const paths = [...(svg?.querySelectorAll('path') ?? [])];
      expect(paths.length).toBeGreaterThan(0);
      // Something is actually drawn: the paths cover part of the 16 × 16 box.
      const box = (svg as SVGSVGElement).getBBox();
      expect(box.width * box.height).toBeGreaterThan(4);
    },
  );

  it('gives each kind its own picture', async () => {
    const drawn: string[] = [];
    for (const kind of new Set([...FILE_KINDS, ...CLUE_KINDS])) {
      const { container } = await render(KindIcon, { kind });
      drawn.push([...container.querySelectorAll('path')].map((p) => p.getAttribute('d')).join(' '));
    }
    // The file "signature" readout and the clue "signature" are one kind with one picture.
    expect(new Set(drawn).size).toBe(new Set([...FILE_KINDS, ...CLUE_KINDS]).size);
  });
});
