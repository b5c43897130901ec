// The board's level of detail while the view moves: classes flip only when the zoom crosses a threshold.
import type { Viewport } from '@xyflow/svelte';

/** Below this zoom labels, arrows and card details are not drawn. */
export const FAR_ZOOM = 0.55;
/** Below this zoom a card shows only its kind's icon. */
export const TINY_ZOOM = 0.3;
/** How long the board stays one layer after a move ends. */
const SETTLE_MS = 500;

export class BoardCamera {
  far = $state(false);
  tiny = $state(false);
  moving = $state(false);
  #settle: ReturnType<typeof setTimeout> | undefined;

  constructor(zoom: number) {
    this.far = zoom < FAR_ZOOM;
    this.tiny = zoom < TINY_ZOOM;
  }

  /** Called on every frame of a move: writes state only when a threshold is crossed. */
  moved(viewport: Viewport): void {
    const far = viewport.zoom < FAR_ZOOM;
    if (far !== this.far) this.far = far;
    const tiny = viewport.zoom < TINY_ZOOM;
    if (tiny !== this.tiny) this.tiny = tiny;
  }

  started(): void {
    clearTimeout(this.#settle);
    if (!this.moving) this.moving = true;
  }

  /**
   * The board stays one layer for a moment after a move ends: wheel zooms arrive as many short moves, and
   * making and dropping the layer for each would redraw everything twice per move.
   */
  ended(viewport: Viewport): void {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(() => (this.moving = false), SETTLE_MS);
    this.moved(viewport);
  }

  dispose(): void {
    clearTimeout(this.#settle);
  }
}
