import { describe, expect, it } from 'vitest';
import {
  afterWrongGuess,
  beforeGuess,
  DEFAULT_THROTTLE,
  slotBeforeGuess,
  slotRecordWrongGuess,
  waitAfter,
  waitMessage,
} from '@core/saves/throttle';
import { newSlot, type GuessRecord } from '@core/saves/schema';
import { fakeClock } from './helpers';

describe('wrong-guess throttle', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 2_000],
    [4, 4_000],
    [5, 8_000],
    [6, 16_000],
    [7, 32_000],
    [8, 60_000],
    [9, 60_000],
    [50, 60_000],
  ])('waits %i wrong guesses -> %i ms', (wrong, wait) => {
    expect(waitAfter(wrong)).toBe(wait);
  });

  it('follows a custom policy', () => {
    const policy = { freeWrongGuesses: 0, firstWaitMs: 500, maxWaitMs: 1_500 };
    expect([1, 2, 3, 4].map((n) => waitAfter(n, policy))).toEqual([500, 1_000, 1_500, 1_500]);
  });

  it.each([
    [1, 'Wait 1 s before the next try.'],
    [4_000, 'Wait 4 s before the next try.'],
    [3_001, 'Wait 4 s before the next try.'],
    [60_000, 'Wait 60 s before the next try.'],
  ])('tells the player a wait of %i ms as "%s"', (ms, text) => {
    expect(waitMessage(ms)).toBe(text);
  });

  it('plays a sequence of guesses against a fake clock', () => {
    const clock = fakeClock(1_000_000);
    let record: GuessRecord | undefined;
    const guess = (text: string) => {
      const verdict = beforeGuess(record, 'gate-1', text, clock.now());
      if (verdict.kind !== 'check') return verdict.kind === 'wait' ? `wait ${verdict.waitMs}` : 'repeat';
      const outcome = afterWrongGuess(record, 'gate-1', text, clock.now());
      record = outcome.record;
      return `wrong, next wait ${outcome.waitMs}`;
    };
    const table: Array<[advanceMs: number, guess: string, expected: string]> = [
      [0, 'alpha', 'wrong, next wait 0'],
      [0, 'beta', 'wrong, next wait 0'],
      [0, 'alpha', 'repeat'],
      [0, 'gamma', 'wrong, next wait 2000'],
      [500, 'delta', 'wait 1500'],
      [0, 'gamma', 'repeat'],
      [1_500, 'delta', 'wrong, next wait 4000'],
      [3_999, 'epsilon', 'wait 1'],
      [1, 'epsilon', 'wrong, next wait 8000'],
    ];
    for (const [advance, text, expected] of table) {
      clock.advance(advance);
      expect(`${text}: ${guess(text)}`).toBe(`${text}: ${expected}`);
    }
    expect(record!.count).toBe(5);
  });

  it('does not count a repeat that reaches the recorder', () => {
    const first = afterWrongGuess(undefined, 'g', 'x', 0);
    const again = afterWrongGuess(first.record, 'g', 'x', 10);
    expect(again.record).toBe(first.record);
    expect(again.record.count).toBe(1);
  });

  it('treats the same text at another gate as a new guess', () => {
    const { record } = afterWrongGuess(undefined, 'gate-1', 'x', 0);
    expect(beforeGuess(record, 'gate-2', 'x', 0).kind).toBe('check');
  });

  it('keeps no guess text in the record', () => {
    const { record } = afterWrongGuess(undefined, 'gate-1', 'tellmethesecret', 0);
    expect(JSON.stringify(record)).not.toContain('tellmethesecret');
  });

  it('forgets the oldest guesses beyond the remembered limit', () => {
    let record: GuessRecord | undefined;
    for (let i = 0; i < 70; i++) record = afterWrongGuess(record, 'g', `guess-${i}`, i * 100_000).record;
    expect(record!.seen).toHaveLength(64);
    expect(record!.count).toBe(70);
    expect(beforeGuess(record, 'g', 'guess-0', 10_000_000).kind).toBe('check');
    expect(beforeGuess(record, 'g', 'guess-69', 10_000_000).kind).toBe('repeat');
  });

  it('keeps its state in the save slot, where a restart finds it', () => {
    const slot = newSlot('abc', 'A', 0);
    for (const text of ['a', 'b', 'c']) slotRecordWrongGuess(slot, 'gate-1', text, 1_000);
    expect(slot.guesses['gate-1']).toMatchObject({
      count: 3,
      waitUntil: 1_000 + DEFAULT_THROTTLE.firstWaitMs,
    });
    const restored = JSON.parse(JSON.stringify(slot)) as typeof slot;
    expect(slotBeforeGuess(restored, 'gate-1', 'd', 2_000)).toEqual({
      kind: 'wait',
      waitMs: 1_000,
      message: 'Wait 1 s before the next try.',
    });
  });
});
