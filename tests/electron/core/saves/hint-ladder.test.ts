import { describe, expect, it } from 'vitest';
import { chapterLedger, rungsTaken, takeHint } from '@core/saves/hint-ladder';
import { newSlot, type HintRung, type HintState } from '@core/saves/schema';
import { UserError } from '@shared/result';

const empty = (): HintState => ({ taken: {}, ledger: {} });

function climb(hints: HintState, gateId: string, rungs: HintRung[], chapterId = 'ch-1', at = 100): HintState {
  return rungs.reduce(
    (h, rung, i) => takeHint(h, { gateId, chapterId, rung, confirm: true }, at + i).hints,
    hints,
  );
}

describe('hint ladder', () => {
  it('opens nudge, method, pinpoint and reveal one at a time', () => {
    let hints = empty();
    const seen: HintRung[][] = [rungsTaken(hints, 'g')];
    for (const rung of ['nudge', 'method', 'pinpoint', 'reveal'] as const) {
      hints = takeHint(hints, { gateId: 'g', chapterId: 'ch-1', rung, confirm: true }, 5).hints;
      seen.push(rungsTaken(hints, 'g'));
    }
    expect(seen).toEqual([
      [],
      ['nudge'],
      ['nudge', 'method'],
      ['nudge', 'method', 'pinpoint'],
      ['nudge', 'method', 'pinpoint', 'reveal'],
    ]);
    expect(rungsTaken(hints, 'g')).toEqual(['nudge', 'method', 'pinpoint', 'reveal']);
  });

  it('refuses a rung whose previous rung is not taken, naming the one to take first', () => {
    const hints = climb(empty(), 'g', ['nudge']);
    expect(() =>
      takeHint(hints, { gateId: 'g', chapterId: 'ch-1', rung: 'pinpoint', confirm: true }, 0),
    ).toThrow('The pinpoint hint opens after the method hint. Take the method hint first.');
    expect(() =>
      takeHint(empty(), { gateId: 'g', chapterId: 'ch-1', rung: 'reveal', confirm: true }, 0),
    ).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it.each([undefined, false])('refuses a new rung without confirmation (confirm: %s)', (confirm) => {
    const request = {
      gateId: 'g',
      chapterId: 'ch-1',
      rung: 'nudge' as const,
      ...(confirm === undefined ? {} : { confirm }),
    };
    expect(() => takeHint(empty(), request, 0)).toThrow(UserError);
    expect(() => takeHint(empty(), request, 0)).toThrow(/needs the player's confirmation.*confirm: true/);
  });

  it('shows an open rung again without confirmation and without a new ledger line', () => {
    const hints = climb(empty(), 'g', ['nudge', 'method']);
    const again = takeHint(hints, { gateId: 'g', chapterId: 'ch-1', rung: 'nudge' }, 999);
    expect(again.alreadyTaken).toBe(true);
    expect(again.hints).toBe(hints);
  });

  it('leaves the state it was given unchanged', () => {
    const hints = empty();
    takeHint(hints, { gateId: 'g', chapterId: 'ch-1', rung: 'nudge', confirm: true }, 0);
    expect(hints).toEqual(empty());
  });

  it('keeps a ledger per chapter for the end-of-chapter summary', () => {
    let hints = climb(empty(), 'g-1', ['nudge', 'method'], 'ch-1', 10);
    hints = climb(hints, 'g-2', ['nudge'], 'ch-1', 20);
    hints = climb(hints, 'g-3', ['nudge', 'method', 'pinpoint', 'reveal'], 'ch-2', 30);
    expect(chapterLedger(hints, 'ch-1')).toEqual([
      { gateId: 'g-1', rungs: ['nudge', 'method'] },
      { gateId: 'g-2', rungs: ['nudge'] },
    ]);
    expect(chapterLedger(hints, 'ch-2')).toEqual([
      { gateId: 'g-3', rungs: ['nudge', 'method', 'pinpoint', 'reveal'] },
    ]);
    expect(chapterLedger(hints, 'ch-3')).toEqual([]);
    expect(hints.ledger['ch-1']!.map((e) => e.takenAt)).toEqual([10, 11, 20]);
  });

  it('rejects a rung name that does not exist', () => {
    expect(() =>
      takeHint(empty(), { gateId: 'g', chapterId: 'c', rung: 'answer' as HintRung, confirm: true }, 0),
    ).toThrow('There is no hint rung called "answer". Ask for one of: nudge, method, pinpoint, reveal.');
  });
});

describe('hint ladder in a save slot', () => {
  it('records the rung in the slot, where a restart finds it', () => {
    const slot = newSlot('abc', 'A', 0);
    const grant = takeHint(slot.hints, { gateId: 'g', chapterId: 'ch-1', rung: 'nudge', confirm: true }, 50);
    expect(grant.alreadyTaken).toBe(false);
    slot.hints = grant.hints;
    const restored = JSON.parse(JSON.stringify(slot)) as typeof slot;
    expect(rungsTaken(restored.hints, 'g')).toEqual(['nudge']);
    expect(chapterLedger(restored.hints, 'ch-1')).toEqual([{ gateId: 'g', rungs: ['nudge'] }]);
  });
});
