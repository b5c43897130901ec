// The player's settings as reactive state: loaded from and saved through the engine, applied to the page.
import type { Settings, SettingsPatch } from '@shared/settings';
import { call, game } from './game';

class SettingsState {
  value = $state<Settings | null>(null);
  error = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.value = await call(game().getSettings());
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async update(patch: SettingsPatch): Promise<void> {
    if (this.value) this.value = { ...this.value, ...patch };
    try {
      this.value = await call(game().updateSettings(patch));
      this.error = null;
    } catch (e) {
      this.error = (e as Error).message;
    }
  }
}

export const settings = new SettingsState();

const prefersDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? true;
const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Reflects settings onto <html> so CSS can follow them. */
export function applySettings(s: Settings, root: HTMLElement = document.documentElement): void {
  const theme = s.theme === 'system' ? (prefersDark() ? 'dark' : 'light') : s.theme;
  root.dataset.theme = theme;
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
  root.dataset.motion = s.reducedMotion || prefersReducedMotion() ? 'reduced' : 'full';
  root.dataset.palette = s.colourBlindPalette ? 'colour-blind' : 'default';
  root.style.setProperty('--font-scale', String(s.fontScale));
}
