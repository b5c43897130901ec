import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import LivingLight from '../../../renderer/src/components/LivingLight.svelte';
import { settings } from '../../../renderer/src/lib/settings.svelte';
import { defaultSettings } from '../support/fake-game';

afterEach(() => {
  settings.value = null;
  vi.restoreAllMocks();
});

/** How many pixels of the canvas hold any light. */
function litPixels(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
  let lit = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) lit += 1;
  return lit;
}

describe('the living-light backdrop', () => {
  it('draws light that keeps moving', async () => {
    settings.value = { ...defaultSettings, reducedMotion: false };
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const { container } = await render(LivingLight);
    const canvas = container.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('aria-hidden')).toBe('true');
    expect(canvas.dataset.moving).toBe('true');
    expect(litPixels(canvas)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(frames.mock.calls.length).toBeGreaterThan(1);
  });

  it('stands still under reduced motion, still drawn once', async () => {
    settings.value = { ...defaultSettings, reducedMotion: true };
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const { container } = await render(LivingLight);
    const canvas = container.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.dataset.moving).toBe('false');
    expect(litPixels(canvas)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(frames).not.toHaveBeenCalled();
  });
});
