// Whether the workbench may point at answers: the player's setting, and the chapter being played.
import type { Settings } from '@shared/settings';

/**
 * Suggestions are on in every chapter, never, or (the default) only while chapter 1 teaches the tools, and
 * then not on a puzzle made to be broken from the evidence (`keyless`): a suggestion would break it for the
 * player. A player who asked for suggestions always gets them.
 */
export function assistOn(
  mode: Settings['solvingAssist'] | undefined,
  chapterIndex: number,
  keyless = false,
): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  return chapterIndex <= 0 && !keyless;
}
