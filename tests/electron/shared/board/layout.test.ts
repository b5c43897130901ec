import { describe, expect, it } from 'vitest';
import { compareDates, layeredLayout, timelineLane } from '@shared/board/layout';

describe('layered layout', () => {
  it('places linked cards left to right without overlap', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, width: 200, height: 80 }));
    const placed = layeredLayout(items, [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
    expect(placed.get('a')!.x).toBeLessThan(placed.get('b')!.x);
    expect(placed.get('b')!.x).toBeLessThan(placed.get('c')!.x);
    expect(placed.get('b')!.x - placed.get('a')!.x).toBeGreaterThanOrEqual(200);
  });
});

describe('timeline lane', () => {
  it('orders dated cards by date on one row', () => {
    const lane = timelineLane(
      [
        { id: 'late', date: '2148-06-01' },
        { id: 'odd', date: 'spring' },
        { id: 'early', date: '2148-04-01T10:00' },
      ],
      { x: 0, y: -300 },
      100,
    );
    expect([...lane.entries()]).toEqual([
      ['early', { x: 0, y: -300 }],
      ['late', { x: 100, y: -300 }],
      ['odd', { x: 200, y: -300 }],
    ]);
    expect(compareDates('2148-01-02', '2148-01-10')).toBeLessThan(0);
  });
});
