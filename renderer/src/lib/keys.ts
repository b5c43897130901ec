// Keyboard helpers shared by screens: arrow-key movement through a list of buttons, and Escape to go back.

/** Moves focus among the focusable children of `list` with the arrow keys, Home and End. */
export function rovingFocus(
  event: KeyboardEvent,
  list: HTMLElement,
  selector = 'button:not(:disabled)',
): void {
  const items = Array.from(list.querySelectorAll<HTMLElement>(selector));
  const index = items.indexOf(document.activeElement as HTMLElement);
  const last = items.length - 1;
  let next: number | undefined;
  if (event.key === 'ArrowDown' || event.key === 'ArrowRight')
    next = index < 0 || index === last ? 0 : index + 1;
  if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = index <= 0 ? last : index - 1;
  if (event.key === 'Home') next = 0;
  if (event.key === 'End') next = last;
  if (next === undefined) return;
  event.preventDefault();
  items[next]?.focus();
}
