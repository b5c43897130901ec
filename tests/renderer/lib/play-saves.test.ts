// A board or recipe save the engine refuses is told to the player and never keeps them in the game.
import { beforeEach, describe, expect, it } from 'vitest';
import { play } from '../../../renderer/src/lib/play.svelte';
import { library } from '../../../renderer/src/lib/library.svelte';
import { nav } from '../../../renderer/src/lib/navigation.svelte';
import { settings } from '../../../renderer/src/lib/settings.svelte';
import { defaultSettings, installFakeGame } from '../support/fake-game';
import { gameView } from '../game/game-fixture';

beforeEach(async () => {
  localStorage.clear();
  library.notices = [];
  // No saveBoard or saveRecipe answer: the engine refuses both, as it would a board over the size limit.
  installFakeGame({ getSettings: () => defaultSettings, openGame: () => gameView(), hintLedger: () => [] });
  await settings.load();
  await play.open('test-pack', 'slot-1');
});

describe('saves the engine refuses', () => {
  it('still leave the game for the title screen, and say the board change was not saved', async () => {
    play.saveBoard(gameView().board);
    await play.leave();
    expect(nav.screen).toBe('title');
    expect(library.notices.map((n) => [n.kind, n.message])).toEqual([
      ['error', 'Your last change to the board was not saved: no answer'],
    ]);
  });

  it('say so when a recipe is refused, after its pause, without an unhandled rejection', async () => {
    play.saveRecipe('p-sealed', [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }]);
    await expect
      .poll(() => library.notices.map((n) => n.message), { timeout: 3000 })
      .toEqual(['Your recipe was not saved: no answer']);
    await play.leave();
  });
});
