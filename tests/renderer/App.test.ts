import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import App from '../../renderer/src/App.svelte';
import { nav } from '../../renderer/src/lib/navigation.svelte';
import { sound } from '../../renderer/src/audio/sound';
import { play } from '../../renderer/src/lib/play.svelte';
import { gameView } from './game/game-fixture';
import { channelOf } from '@shared/channels';
import { defaultSettings, installFakeGame } from './support/fake-game';

const mac = navigator.platform.toLowerCase().startsWith('mac');

let fake: ReturnType<typeof installFakeGame>;

beforeEach(() => {
  nav.home();
  fake = installFakeGame({
    openGame: () => gameView(),
    hintLedger: () => [],
    getSettings: () => defaultSettings,
    getAppInfo: () => ({
      name: 'Resonance',
      version: 'test',
      platform: 'linux',
      canQuit: false,
      logFolder: '/tmp',
      dataFolder: '/tmp',
    }),
    lastPlayed: () => null,
  });
});

afterEach(() => {
  nav.home();
  sound.dispose();
  vi.unstubAllGlobals();
});

describe('the app frame', () => {
  it(`opens Settings with ${mac ? 'Cmd' : 'Ctrl'}+, from the title screen`, async () => {
    await render(App);
    await expect.element(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
    await userEvent.keyboard(mac ? '{Meta>},{/Meta}' : '{Control>},{/Control}');
    await expect.element(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect(nav.screen).toBe('settings');
  });

  it("wakes the sound only at the player's first key press or click", async () => {
    const made = vi.fn();
    vi.stubGlobal(
      'AudioContext',
      class {
        currentTime = 0;
        destination = {};
        constructor() {
          made();
        }
        createGain() {
          return { gain: { setValueAtTime: () => undefined }, connect: () => undefined };
        }
      },
    );
    sound.dispose();
    await render(App);
    await expect.element(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
    await new Promise((r) => setTimeout(r, 100));
    expect(sound.ready).toBe(false);
    expect(made).not.toHaveBeenCalled();
    await page.getByRole('heading', { name: 'Resonance', level: 1 }).click();
    expect(sound.ready).toBe(true);
    expect(made).toHaveBeenCalledOnce();
  });

  it("leaves a game from the menu's Title Screen item as the Title button does, quieting its sound", async () => {
    await render(App);
    await play.open('test-pack', 'slot-1');
    const chapter = vi.spyOn(sound, 'setChapter');
    fake.emit(channelOf('menuCommand'), 'title');
    await expect.element(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
    expect(chapter).toHaveBeenLastCalledWith(null);
  });

  it('leaves a plain comma alone', async () => {
    await render(App);
    await expect.element(page.getByRole('heading', { name: 'Resonance', level: 1 })).toBeVisible();
    await userEvent.keyboard(',');
    expect(nav.screen).toBe('title');
  });
});
