// Reads and writes the player's settings. A damaged or hand-edited value never stops the game: each bad
// field falls back to its default, a damaged file is moved aside, and a file that cannot be written keeps
// the settings for this run; each of these is logged and told to the player.
import { DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsPatch } from '@shared/settings';
import type { Logger } from './logger';
import { describeDiskError, isDiskError } from './saves/disk-errors';
import type { KeyValueStore } from './store';

const KEY = 'settings';

export class SettingsService {
  private current: Settings;
  private notices: string[] = [];
  /** A write failed: further failures are not told again until one succeeds. */
  private failing = false;

  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
  ) {
    this.current = this.read();
  }

  get(): Settings {
    return { ...this.current };
  }

  /** Applies a patch; when the file cannot be written the settings still apply until the game quits. */
  update(patch: SettingsPatch): Settings {
    this.current = SettingsSchema.parse({ ...this.current, ...patch });
    try {
      this.store.set(KEY, this.current);
      if (this.failing) this.notices.push('Your settings are saved again.');
      this.failing = false;
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.log.warn(`Could not write the settings to ${this.store.path}.`, error);
      if (!this.failing)
        this.notices.push(
          `Could not save your settings: ${describeDiskError(error)}. They apply until you quit Resonance.`,
        );
      this.failing = true;
    }
    return this.get();
  }

  /** What the player should be told about the settings file, each sentence once. */
  takeNotices(): string[] {
    const out = this.notices;
    this.notices = [];
    return out;
  }

  private read(): Settings {
    if (this.store.movedAside !== undefined)
      this.notices.push(
        `Your settings file could not be read, so Resonance started with the default settings. The damaged file was kept at ${this.store.movedAside}.`,
      );
    if (this.store.inMemory)
      this.notices.push(
        `Your settings cannot be read or saved (${this.store.inMemory.reason}), so Resonance uses the default settings until you quit.`,
      );
    let stored: unknown;
    try {
      stored = this.store.get(KEY);
    } catch (error) {
      this.log.warn(`Could not read the settings in ${this.store.path}; using the defaults.`, error);
      this.notices.push(
        `Your settings file ${this.store.path} could not be read, so Resonance uses the default settings.`,
      );
      return { ...DEFAULT_SETTINGS };
    }
    if (stored === undefined) return { ...DEFAULT_SETTINGS };
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
      this.log.warn(`Settings in ${this.store.path} were not an object; using the defaults.`);
      this.notices.push(
        `Your settings in ${this.store.path} were damaged, so Resonance uses the default settings.`,
      );
      return { ...DEFAULT_SETTINGS };
    }
    const whole = SettingsSchema.safeParse(stored);
    if (whole.success) return whole.data;
    // Keep every field that is still valid on its own; reset only the damaged ones.
    const kept: Record<string, unknown> = {};
    const reset: string[] = [];
    for (const [field, value] of Object.entries(stored)) {
      const single = Object.hasOwn(SettingsSchema.shape, field)
        ? SettingsSchema.shape[field as keyof Settings].safeParse(value)
        : undefined;
      if (single?.success) kept[field] = single.data;
      else {
        reset.push(field);
        this.log.warn(`The setting "${field}" in ${this.store.path} was not valid; using its default.`);
      }
    }
    if (reset.length > 0)
      this.notices.push(
        `Some settings in ${this.store.path} were not valid (${reset.join(', ')}) and were set back to their defaults.`,
      );
    return SettingsSchema.parse(kept);
  }
}
