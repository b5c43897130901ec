// Player settings: what they are, their defaults, and the schema every stored or submitted value must pass.
import { z } from 'zod';

export const THEMES = ['system', 'dark', 'light'] as const;
export const FEEDBACK_MODES = ['group', 'count', 'pinpoint'] as const;

export const SettingsSchema = z.object({
  /** Text size as a multiple of the base size. */
  fontScale: z.number().min(0.8).max(2).default(1),
  reducedMotion: z.boolean().default(false),
  highContrast: z.boolean().default(false),
  colourBlindPalette: z.boolean().default(false),
  theme: z.enum(THEMES).default('system'),
  /** When off, timed puzzles become untimed. */
  timers: z.boolean().default(true),
  /** How much a wrong deduction tells: the group only, how many slots are wrong, or which ones. */
  feedback: z.enum(FEEDBACK_MODES).default('group'),
  volume: z.number().min(0).max(1).default(0.6),
  muted: z.boolean().default(false),
});

export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
