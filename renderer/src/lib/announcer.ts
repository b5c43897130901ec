// Announcing a sentence to a polite live region: every region in the window speaks through this one helper.

/** Writes to a live region; the text the region shows is whatever was written last. */
export type LiveWriter = (text: string) => void;

export interface Announcer {
  (text: string): void;
  /** Stops a delayed announcement that has not been written yet. */
  cancel: () => void;
}

/**
 * Returns an `announce(text)` for one live region. It clears the region first and writes the sentence a
 * moment later, because screen readers stay silent when a region is set to the text it already holds.
 * `delayMs` 0 writes on the next microtask; a few tens of milliseconds suit regions inside forms that are
 * re-rendered by the same change.
 */
export function createAnnouncer(write: LiveWriter, delayMs = 0): Announcer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const announce = ((text: string) => {
    clearTimeout(timer);
    generation += 1;
    const mine = generation;
    write('');
    if (delayMs > 0) timer = setTimeout(() => write(text), delayMs);
    else queueMicrotask(() => mine === generation && write(text));
  }) as Announcer;
  announce.cancel = () => {
    clearTimeout(timer);
    generation += 1;
  };
  return announce;
}
