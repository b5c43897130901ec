import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, restoreWindowState } from '@core/shell/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('restoring the window', () => {
  it('opens at the default size the first time', () => {
    expect(restoreWindowState(undefined, [laptop])).toEqual(DEFAULT_WINDOW);
  });

  it('puts the window back where it was when that place is still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false, fullScreen: false };
    expect(restoreWindowState(saved, [laptop, monitor])).toEqual(saved);
  });

  it('drops a position on a display that is gone, so the window opens centred', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true, fullScreen: false };
    const restored = restoreWindowState(saved, [laptop]);
    expect(restored.x).toBeUndefined();
    expect(restored.y).toBeUndefined();
    expect(restored).toMatchObject({ width: 1200, height: 800, maximized: true });
  });

  it('shrinks a window larger than any display', () => {
    const saved = { x: 0, y: 0, width: 5000, height: 3000, maximized: false, fullScreen: false };
    expect(restoreWindowState(saved, [laptop])).toMatchObject({ width: 1440, height: 900 });
  });

  it('ignores a damaged record', () => {
    expect(restoreWindowState({ width: 'wide', x: {} }, [laptop])).toEqual(DEFAULT_WINDOW);
  });
});
