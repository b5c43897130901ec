import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import SettingsScreen from '../../../renderer/src/screens/SettingsScreen.svelte';
import { applySettings, settings } from '../../../renderer/src/lib/settings.svelte';
import { defaultSettings, installFakeGame, type FakeGame } from '../support/fake-game';
import type { Settings } from '@shared/settings';

let fake: FakeGame;
let stored: Settings;

beforeEach(async () => {
  stored = { ...defaultSettings };
  fake = installFakeGame({
    getSettings: () => stored,
    updateSettings: (patch) => (stored = { ...stored, ...(patch as Partial<Settings>) }),
  });
  await settings.load();
});

describe('the settings screen', () => {
  it('saves a checkbox through the engine as soon as it changes', async () => {
    render(SettingsScreen);
    const reduce = page.getByRole('checkbox', { name: 'Reduce motion' });
    await expect.element(reduce).not.toBeChecked();
    await reduce.click();
    await expect.element(reduce).toBeChecked();
    expect(fake.calls).toContainEqual({
      channel: 'resonance:updateSettings',
      payload: { reducedMotion: true },
    });
    expect(stored.reducedMotion).toBe(true);
  });

  it('changes the theme from the keyboard alone', async () => {
    render(SettingsScreen);
    await expect.element(page.getByRole('heading', { name: 'Settings' })).toHaveFocus();
    const light = page.getByRole('radio', { name: 'Light' });
    (light.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(light).toBeChecked();
    expect(stored.theme).toBe('light');
  });

  it('turns the ambient sound off on its own, leaving volume and mute as they were', async () => {
    render(SettingsScreen);
    const ambience = page.getByRole('checkbox', { name: /Ambient sound/ });
    await expect.element(ambience).toBeChecked();
    await ambience.click();
    await expect.element(ambience).not.toBeChecked();
    expect(fake.calls).toContainEqual({ channel: 'resonance:updateSettings', payload: { ambience: false } });
    expect(stored).toMatchObject({ ambience: false, muted: false, volume: defaultSettings.volume });
  });

  it('offers the night look, the light look and following the system', async () => {
    render(SettingsScreen);
    await expect.element(page.getByRole('radio', { name: /Neos at night/ })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Light' })).toBeVisible();
    await expect.element(page.getByRole('radio', { name: 'Follow the system' })).toBeVisible();
  });

  it('labels every control for screen readers', async () => {
    render(SettingsScreen);
    await expect.element(page.getByRole('slider', { name: /Text size/ })).toBeVisible();
    await expect.element(page.getByRole('slider', { name: /Volume/ })).toBeVisible();
    for (const input of document.querySelectorAll('input')) {
      expect(input.labels?.length ?? 0, input.outerHTML).toBeGreaterThan(0);
    }
  });
});

describe('applying settings to the page', () => {
  it('scales text, reduces motion and raises contrast through attributes CSS follows', () => {
    const root = document.createElement('html');
    applySettings(
      { ...defaultSettings, fontScale: 1.5, reducedMotion: true, highContrast: true, theme: 'light' },
      root,
    );
    expect(root.style.getPropertyValue('--font-scale')).toBe('1.5');
    expect(root.dataset).toMatchObject({ motion: 'reduced', contrast: 'high', theme: 'light' });
  });
});
