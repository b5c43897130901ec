// Player settings: what they are, their defaults, and the schema every stored or submitted value must pass.
import { z } from 'zod';

export const THEMES = ['system', 'dark', 'light'] as const;
export const FEEDBACK_MODES = ['group', 'count', 'pinpoint'] as const;
/** When the workbench may point at an answer (the Caesar wheel's best shift, a guessed encoding). */
export const SOLVING_ASSIST = ['first-chapter', 'always', 'never'] as const;

const fields = {
  /** Text size as a multiple of the base size. */
  fontScale: z.number().min(0.8).max(2),
  reducedMotion: z.boolean(),
  highContrast: z.boolean(),
  colourBlindPalette: z.boolean(),
  theme: z.enum(THEMES),
  /** When off, timed puzzles become untimed. */
  timers: z.boolean(),
  /** How much a wrong deduction tells: the group only, how many slots are wrong, or which ones. */
  feedback: z.enum(FEEDBACK_MODES),
  volume: z.number().min(0).max(1),
  muted: z.boolean(),
  /** The quiet bed of sound under each chapter; cues still play when it is off. */
  ambience: z.boolean(),
  solvingAssist: z.enum(SOLVING_ASSIST),
};

export type Settings = { [K in keyof typeof fields]: z.output<(typeof fields)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  fontScale: 1,
  reducedMotion: false,
  highContrast: false,
  colourBlindPalette: false,
  // The game's own night-time look; light and following the system remain choices.
  theme: 'dark',
  timers: true,
  feedback: 'group',
  volume: 0.6,
  muted: false,
  ambience: true,
  solvingAssist: 'first-chapter',
};

/** A whole settings record; missing fields take their defaults. */
export const SettingsSchema = z.object({
  fontScale: fields.fontScale.default(DEFAULT_SETTINGS.fontScale),
  reducedMotion: fields.reducedMotion.default(DEFAULT_SETTINGS.reducedMotion),
  highContrast: fields.highContrast.default(DEFAULT_SETTINGS.highContrast),
  colourBlindPalette: fields.colourBlindPalette.default(DEFAULT_SETTINGS.colourBlindPalette),
  theme: fields.theme.default(DEFAULT_SETTINGS.theme),
  timers: fields.timers.default(DEFAULT_SETTINGS.timers),
  feedback: fields.feedback.default(DEFAULT_SETTINGS.feedback),
  volume: fields.volume.default(DEFAULT_SETTINGS.volume),
  muted: fields.muted.default(DEFAULT_SETTINGS.muted),
  ambience: fields.ambience.default(DEFAULT_SETTINGS.ambience),
  solvingAssist: fields.solvingAssist.default(DEFAULT_SETTINGS.solvingAssist),
} satisfies { [K in keyof Settings]: z.ZodType });

/** A change to some settings: only the fields given are touched (no defaults are filled in). */
export const SettingsPatchSchema = z.strictObject(fields).partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
