// The game's sound, made in the app with Web Audio: a quiet bed under each chapter and short cues for
// what the player achieves or misses. Silent until the player's first interaction.

/** Game events that have a sound. */
export type Cue = 'unlock' | 'near-miss' | 'wrong' | 'deduction' | 'clock';

export interface SoundSettings {
  volume: number;
  muted: boolean;
  ambience: boolean;
}

/** One tone of a cue: when it starts after the cue begins, how long it lasts, and how loud it is. */
export interface Tone {
  frequency: number;
  wave: OscillatorType;
  at: number;
  duration: number;
  level: number;
}

// Notes in Hz. The cues stay inside one calm pentatonic colour so that they never clash with the bed.
export const CUES: Record<Cue, Tone[]> = {
  // A file opens: a rising arpeggio, like light running along a glass fibre.
  unlock: [
    { frequency: 523.25, wave: 'sine', at: 0, duration: 0.35, level: 0.5 },
    { frequency: 659.25, wave: 'sine', at: 0.09, duration: 0.35, level: 0.45 },
    { frequency: 783.99, wave: 'sine', at: 0.18, duration: 0.5, level: 0.4 },
    { frequency: 1046.5, wave: 'triangle', at: 0.27, duration: 0.7, level: 0.25 },
  ],
  // Close, but not it: a question that does not resolve.
  'near-miss': [
    { frequency: 587.33, wave: 'triangle', at: 0, duration: 0.22, level: 0.4 },
    { frequency: 739.99, wave: 'triangle', at: 0.14, duration: 0.32, level: 0.35 },
  ],
  // Wrong: a low, soft fall, never harsh.
  wrong: [
    { frequency: 220, wave: 'triangle', at: 0, duration: 0.25, level: 0.45 },
    { frequency: 174.61, wave: 'triangle', at: 0.16, duration: 0.4, level: 0.4 },
  ],
  // A deduction holds: a chord that blooms.
  deduction: [
    { frequency: 392, wave: 'sine', at: 0, duration: 1.1, level: 0.35 },
    { frequency: 493.88, wave: 'sine', at: 0.05, duration: 1.05, level: 0.3 },
    { frequency: 587.33, wave: 'sine', at: 0.1, duration: 1, level: 0.3 },
    { frequency: 783.99, wave: 'triangle', at: 0.2, duration: 1.2, level: 0.2 },
  ],
  // The race clock: a short, dry tick.
  clock: [{ frequency: 1318.5, wave: 'square', at: 0, duration: 0.05, level: 0.12 }],
};

/** The root of each chapter's bed (cycled for packs with more chapters): the mood darkens, then lifts. */
export const CHAPTER_ROOTS = [110, 98, 87.31, 73.42, 82.41, 92.5];

// The bed sits far beneath the cues: a background, not music.
const AMBIENCE_LEVEL = 0.05;
const CUE_LEVEL = 0.6;

interface Bed {
  chapter: number;
  voices: OscillatorNode[];
  out: GainNode;
}

export class Sound {
  private context: AudioContext | null = null;
  private master: GainNode | null = null;
  private bed: Bed | null = null;
  private chapter: number | null = null;
  private awake = false;
  private settings: SoundSettings = { volume: 0.6, muted: false, ambience: true };

  constructor(private readonly makeContext: () => AudioContext = () => new AudioContext()) {}

  /** True once the player has interacted; before that nothing is created or played. */
  get ready(): boolean {
    return this.awake;
  }

  /** The player's first interaction: browsers and players alike expect no sound before it. */
  wake(): void {
    if (this.awake) return;
    this.awake = true;
    try {
      const context = this.makeContext();
      const master = context.createGain();
      master.connect(context.destination);
      this.context = context;
      this.master = master;
    } catch {
      // No audio device or no Web Audio: the game plays on in silence.
      this.context = null;
      this.master = null;
      return;
    }
    this.applyLevel();
    void this.context.resume?.().catch(() => undefined);
    this.updateBed();
  }

  configure(next: SoundSettings): void {
    this.settings = { ...next };
    this.applyLevel();
    this.updateBed();
  }

  /** Plays the cue for a game event, unless the game is muted or the player has not interacted yet. */
  cue(name: Cue): void {
    const ctx = this.context;
    if (!ctx || !this.master || !this.audible()) return;
    const start = ctx.currentTime + 0.01;
    for (const tone of CUES[name]) {
      const osc = ctx.createOscillator();
      const env = ctx.createGain();
      osc.type = tone.wave;
      osc.frequency.setValueAtTime(tone.frequency, start + tone.at);
      // A quick rise and an exponential fall: no clicks at either end.
      env.gain.setValueAtTime(0.0001, start + tone.at);
      env.gain.linearRampToValueAtTime(tone.level * CUE_LEVEL, start + tone.at + 0.015);
      env.gain.exponentialRampToValueAtTime(0.0001, start + tone.at + tone.duration);
      osc.connect(env);
      env.connect(this.master);
      osc.start(start + tone.at);
      osc.stop(start + tone.at + tone.duration + 0.05);
    }
  }

  /** Which chapter's bed plays (0-based); null for none, as on the title screen. */
  setChapter(chapter: number | null): void {
    this.chapter = chapter;
    this.updateBed();
  }

  dispose(): void {
    this.stopBed();
    void this.context?.close?.().catch(() => undefined);
    this.context = null;
    this.master = null;
    this.awake = false;
  }

  private audible(): boolean {
    return !this.settings.muted && this.settings.volume > 0;
  }

  private applyLevel(): void {
    if (!this.master || !this.context) return;
    const level = this.audible() ? this.settings.volume : 0;
    this.master.gain.setValueAtTime(level, this.context.currentTime);
  }

  private updateBed(): void {
    const want = this.context && this.settings.ambience && this.audible() ? this.chapter : null;
    if (this.bed && this.bed.chapter === want) return;
    this.stopBed();
    if (want === null || !this.context || !this.master) return;
    this.bed = this.startBed(want);
  }

  /** A slow drone: a root and its fifth, slightly detuned, through a filter that breathes. */
  private startBed(chapter: number): Bed {
    const ctx = this.context as AudioContext;
    const root = CHAPTER_ROOTS[chapter % CHAPTER_ROOTS.length] ?? CHAPTER_ROOTS[0]!;
    const out = ctx.createGain();
    out.gain.setValueAtTime(0.0001, ctx.currentTime);
    out.gain.linearRampToValueAtTime(AMBIENCE_LEVEL, ctx.currentTime + 4);
    const filter = ctx.createBiquadFilter();
    filter.type = 'lowpass';
    filter.frequency.setValueAtTime(root * 4, ctx.currentTime);
    filter.Q.setValueAtTime(2, ctx.currentTime);
    filter.connect(out);
    out.connect(this.master as GainNode);

    const voices: OscillatorNode[] = [];
    for (const [ratio, detune, wave] of [
      [1, -4, 'sawtooth'],
      [1.5, 5, 'triangle'],
      [2, 2, 'sine'],
    ] as const) {
      const osc = ctx.createOscillator();
      osc.type = wave;
      osc.frequency.setValueAtTime(root * ratio, ctx.currentTime);
      osc.detune.setValueAtTime(detune, ctx.currentTime);
      osc.connect(filter);
      osc.start();
      voices.push(osc);
    }
    // The breath: a very slow oscillator sweeping the filter.
    const lfo = ctx.createOscillator();
    const depth = ctx.createGain();
    lfo.frequency.setValueAtTime(0.05 + chapter * 0.01, ctx.currentTime);
    depth.gain.setValueAtTime(root * 2, ctx.currentTime);
    lfo.connect(depth);
    depth.connect(filter.frequency);
    lfo.start();
    voices.push(lfo);
    return { chapter, voices, out };
  }

  private stopBed(): void {
    const bed = this.bed;
    this.bed = null;
    if (!bed || !this.context) return;
    const now = this.context.currentTime;
    bed.out.gain.cancelScheduledValues?.(now);
    bed.out.gain.setValueAtTime(bed.out.gain.value, now);
    bed.out.gain.linearRampToValueAtTime(0.0001, now + 0.8);
    for (const voice of bed.voices) voice.stop(now + 0.9);
  }
}

/** The one sound system of the app. */
export const sound = new Sound();
