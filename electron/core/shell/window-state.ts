// Remembers the window's size and position, and puts it back somewhere visible even when the display
// it was on has gone.
import { z } from 'zod';

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 820, maximized: false, fullScreen: false };
export const MIN_SIZE = { width: 960, height: 640 };

/** How much of the window's title bar must be on a display for it to count as reachable. */
const GRIP = 64;

function overlaps(window: Rect, display: Rect): boolean {
  const titleBar = { x: window.x, y: window.y, width: window.width, height: GRIP };
  const w =
    Math.min(titleBar.x + titleBar.width, display.x + display.width) - Math.max(titleBar.x, display.x);
  const h =
    Math.min(titleBar.y + titleBar.height, display.y + display.height) - Math.max(titleBar.y, display.y);
  return w >= GRIP && h >= GRIP / 2;
}

/**
 * Turns a stored (possibly damaged) state into bounds to open with. Sizes are clamped to the largest
 * display; a position that no display can show is dropped so the window opens centred.
 */
export function restoreWindowState(stored: unknown, displays: Rect[]): WindowState {
  const parsed = WindowStateSchema.safeParse(stored);
  const state = parsed.success ? parsed.data : { ...DEFAULT_WINDOW };
  const largest = displays.reduce<Rect | undefined>(
    (best, d) => (!best || d.width * d.height > best.width * best.height ? d : best),
    undefined,
  );
  if (largest) {
    state.width = Math.max(MIN_SIZE.width, Math.min(state.width, largest.width));
    state.height = Math.max(MIN_SIZE.height, Math.min(state.height, largest.height));
  }
  if (state.x !== undefined && state.y !== undefined) {
    const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
    if (!displays.some((d) => overlaps(rect, d))) {
      delete state.x;
      delete state.y;
    }
  } else {
    delete state.x;
    delete state.y;
  }
  return state;
}
