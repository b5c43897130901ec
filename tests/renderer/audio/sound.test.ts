import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHAPTER_ROOTS, CUES, Sound, sound, type Cue } from '../../../renderer/src/audio/sound';
import { play } from '../../../renderer/src/lib/play.svelte';
import { settings } from '../../../renderer/src/lib/settings.svelte';
import { defaultSettings, installFakeGame } from '../support/fake-game';
import { gameView, NOTHING_UNLOCKED } from '../game/game-fixture';
import type { AnswerResult, DeductionResult, GameView } from '@shared/game-types';

/** A stand-in AudioContext that records every oscillator started and the levels set on each gain. */
class StandInContext {
  static made: StandInContext[] = [];
  currentTime = 0;
  destination = {};
  started: { frequency: number; type: string }[] = [];
  stopped = 0;
  gains: StandInGain[] = [];
  constructor() {
    StandInContext.made.push(this);
  }
  createOscillator() {
    const osc = {
      type: 'sine',
      frequency: param(),
      detune: param(),
      connect: () => undefined,
      start: () => this.started.push({ frequency: osc.frequency.value, type: osc.type }),
      stop: () => (this.stopped += 1),
    };
    return osc;
  }
  createGain() {
    const gain = { gain: param(), connect: () => undefined };
    this.gains.push(gain);
    return gain;
  }
  createBiquadFilter() {
    return { type: 'lowpass', frequency: param(), Q: param(), connect: () => undefined };
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}
interface StandInGain {
  gain: ReturnType<typeof param>;
}
function param() {
  const p = {
    value: 0,
    setValueAtTime: (v: number) => (p.value = v),
    linearRampToValueAtTime: () => undefined,
    exponentialRampToValueAtTime: () => undefined,
    cancelScheduledValues: () => undefined,
  };
  return p;
}

const frequencies = (cue: Cue) => CUES[cue].map((t) => t.frequency);
const quiet = { volume: 0.6, muted: false, ambience: false };

function standIn(): { make: () => AudioContext; ctx: () => StandInContext } {
  let made: StandInContext | undefined;
  return {
    make: () => (made = new StandInContext()) as unknown as AudioContext,
    ctx: () => made as StandInContext,
  };
}

describe('the sound of the game', () => {
  it('plays nothing, and makes no audio context, before the player first interacts', () => {
    const make = vi.fn(() => new StandInContext() as unknown as AudioContext);
    const s = new Sound(make);
    s.configure(quiet);
    s.setChapter(0);
    s.cue('unlock');
    expect(make).not.toHaveBeenCalled();
    s.wake();
    expect(make).toHaveBeenCalledOnce();
  });

  it.each(Object.keys(CUES) as Cue[])('plays the %s cue as its own tones', (cue) => {
    const { make, ctx } = standIn();
    const s = new Sound(make);
    s.configure(quiet);
    s.wake();
    s.cue(cue);
    expect(ctx().started.map((o) => o.frequency)).toEqual(frequencies(cue));
  });

  it('silences every cue when muted, and sets the master level to nothing', () => {
    const { make, ctx } = standIn();
    const s = new Sound(make);
    s.wake();
    s.configure({ ...quiet, muted: true });
    for (const cue of Object.keys(CUES) as Cue[]) s.cue(cue);
    expect(ctx().started).toEqual([]);
    expect(ctx().gains[0]?.gain.value).toBe(0);
  });

  it('follows the volume setting on the master level', () => {
    const { make, ctx } = standIn();
    const s = new Sound(make);
    s.wake();
    s.configure({ ...quiet, volume: 0.25 });
    expect(ctx().gains[0]?.gain.value).toBe(0.25);
  });

  it("plays a quiet bed on each chapter's own note, and stops it when ambience is turned off", () => {
    const { make, ctx } = standIn();
    const s = new Sound(make);
    s.configure({ ...quiet, ambience: true });
    s.wake();
    s.setChapter(1);
    expect(ctx().started.map((o) => o.frequency)).toContain(CHAPTER_ROOTS[1]);
    const voices = ctx().started.length;
    s.configure({ ...quiet, ambience: false });
    expect(ctx().stopped).toBe(voices);
    s.cue('unlock');
    expect(
      ctx()
        .started.slice(voices)
        .map((o) => o.frequency),
    ).toEqual(frequencies('unlock'));
  });

  it('changes the bed when the chapter changes, and keeps none on the title screen', () => {
    const { make, ctx } = standIn();
    const s = new Sound(make);
    s.configure({ ...quiet, ambience: true });
    s.wake();
    s.setChapter(0);
    s.setChapter(2);
    expect(ctx().started.map((o) => o.frequency)).toContain(CHAPTER_ROOTS[2]);
    s.setChapter(null);
    expect(ctx().stopped).toBe(ctx().started.length);
  });
});

describe('game events and their cues', () => {
  let view: GameView;
  let answer: () => AnswerResult;
  let deduction: () => DeductionResult;

  beforeEach(async () => {
    StandInContext.made = [];
    vi.stubGlobal('AudioContext', StandInContext);
    view = gameView();
    installFakeGame({
      getSettings: () => defaultSettings,
      openGame: () => view,
      hintLedger: () => [],
      submitAnswer: () => answer(),
      submitDeduction: () => deduction(),
    });
    await settings.load();
    await play.open('test-pack', 'slot-1');
    sound.dispose();
    sound.configure({ volume: 0.6, muted: false, ambience: false });
    sound.wake();
  });

  afterEach(async () => {
    await play.leave();
    sound.dispose();
    vi.unstubAllGlobals();
  });

  const heard = () => StandInContext.made.at(-1)?.started.map((o) => o.frequency) ?? [];

  it('plays the unlock cue when a file opens', async () => {
    answer = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view: { ...view, solved: ['p-sealed'] } });
    await play.answer('p-sealed', 'the ledger');
    expect(heard()).toEqual(frequencies('unlock'));
  });

  it('plays the near-miss cue when an answer is close', async () => {
    answer = () => ({ kind: 'keep-going', message: 'Close: one word more.' });
    await play.answer('p-sealed', 'the');
    expect(heard()).toEqual(frequencies('near-miss'));
  });

  it('plays the wrong cue for a wrong answer and for a wrong deduction', async () => {
    answer = () => ({ kind: 'wrong', message: 'No.', waitMs: 0 });
    deduction = () => ({ kind: 'wrong', message: 'No.', waitMs: 0 });
    await play.answer('p-sealed', 'nope');
    await play.deduce('d-1', { fills: {} });
    expect(heard()).toEqual([...frequencies('wrong'), ...frequencies('wrong')]);
  });

  it('plays the deduction cue when a deduction holds', async () => {
    deduction = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view });
    await play.deduce('d-1', { fills: {} });
    expect(heard()).toEqual(frequencies('deduction'));
  });

  it('plays the clock cue when a race clock starts', () => {
    play.selectFile('f-race');
    expect(heard()).toEqual(frequencies('clock'));
  });

  it('plays nothing for any event when muted', async () => {
    sound.configure({ volume: 0.6, muted: true, ambience: true });
    answer = () => ({ kind: 'keep-going', message: 'Close.' });
    deduction = () => ({ kind: 'solved', unlocked: NOTHING_UNLOCKED, view });
    await play.answer('p-sealed', 'the');
    await play.deduce('d-1', { fills: {} });
    play.selectFile('f-race');
    expect(heard()).toEqual([]);
  });
});

describe('a computer without sound', () => {
  it('plays on in silence when no audio context can be made', () => {
    const s = new Sound(() => {
      throw new Error('no audio device');
    });
    s.wake();
    expect(() => s.cue('unlock')).not.toThrow();
    expect(() => s.setChapter(0)).not.toThrow();
  });
});
