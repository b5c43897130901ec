// Reads and writes the player's settings. A damaged or hand-edited value never stops the game:
// each bad field falls back to its default and the fall-back is logged.
import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsPatch } from '../shared/settings';
import type { Logger } from './logger';
import type { KeyValueStore } from './store';

const KEY = 'settings';

export class SettingsService {
  private current: Settings;

  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
  ) {
    this.current = this.read();
  }

  get(): Settings {
    return { ...this.current };
  }

  update(patch: SettingsPatch): Settings {
    this.current = SettingsSchema.parse({ ...this.current, ...patch });
    this.store.set(KEY, this.current);
    return this.get();
  }

  private read(): Settings {
    const stored = this.store.get(KEY);
    if (stored === undefined) return { ...DEFAULT_SETTINGS };
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
      this.log.warn(`Settings in ${this.store.path} were not an object; using the defaults.`);
      return { ...DEFAULT_SETTINGS };
    }
    const whole = SettingsSchema.safeParse(stored);
    if (whole.success) return whole.data;
    // Keep every field that is still valid on its own; reset only the damaged ones.
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(stored)) {
      const single = SettingsSchema.shape[field as keyof Settings]?.safeParse(value);
      if (single?.success) kept[field] = single.data;
      else this.log.warn(`The setting "${field}" in ${this.store.path} was not valid; using its default.`);
    }
    return SettingsSchema.parse(kept);
  }
}
