// Finding board things in the page: the node a key was pressed on, the deduction slot under a drop point.
import type { KeyPlace } from './board-keys';

/** The id of the card, note or group element that holds `target`, if any. */
export function nodeIdOf(target: Element | null): string | undefined {
  return (target?.closest?.('.svelte-flow__node') as HTMLElement | null)?.dataset.id;
}

export function edgeIdOf(target: Element | null): string | undefined {
  return (target?.closest?.('.svelte-flow__edge') as HTMLElement | null)?.dataset.id;
}

/** Where on the board a key was pressed, for the key table. */
export function keyPlace(target: Element, canvas: HTMLElement | undefined): KeyPlace {
  if (target.closest?.('.svelte-flow__node')) return 'node';
  if (target.closest?.('.svelte-flow__edge')) return 'edge';
  return target === canvas || canvas?.contains(target) ? 'canvas' : 'elsewhere';
}

export function pointOf(event: MouseEvent | TouchEvent): { x: number; y: number } | undefined {
  if ('clientX' in event) return { x: event.clientX, y: event.clientY };
  const t = event.changedTouches[0];
  return t ? { x: t.clientX, y: t.clientY } : undefined;
}

/** The deduction slot under a point on screen, marked by `data-slot-drop`. */
export function slotAt(point: { x: number; y: number } | undefined): HTMLElement | undefined {
  if (!point) return undefined;
  return document
    .elementsFromPoint(point.x, point.y)
    .find((el): el is HTMLElement => el instanceof HTMLElement && !!el.dataset.slotDrop);
}

/** A new node stays hidden until Svelte Flow has measured it, and hidden nodes cannot take focus: retry a few frames. */
export function focusNodeElement(root: HTMLElement | undefined, id: string, tries = 12): void {
  requestAnimationFrame(() => {
    const el = root?.querySelector<HTMLElement>(`.svelte-flow__node[data-id="${CSS.escape(id)}"]`);
    el?.focus();
    if (document.activeElement !== el && tries > 0) focusNodeElement(root, id, tries - 1);
  });
}
