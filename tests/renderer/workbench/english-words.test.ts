import { describe, expect, it } from 'vitest';
import { markEnglish } from '../../../renderer/src/workbench/english-words';

const words = (text: string, limit?: number) =>
  markEnglish(text, limit)
    .segments.filter((s) => s.word)
    .map((s) => s.text);

describe('marking English words in output', () => {
  it('marks whole common words in any case and leaves the rest plain', () => {
    const marks = markEnglish('The plan: meet at Dawn, QXZ.');
    expect(marks.segments.map((s) => s.text).join('')).toBe('The plan: meet at Dawn, QXZ.');
    expect(words('The plan: meet at Dawn, QXZ.')).toEqual(['The', 'plan', 'meet', 'at', 'Dawn']);
    expect(marks.count).toBe(5);
  });

  it('finds readable fragments inside text written without spaces', () => {
    expect(words('THEPLANISREADYQQ')).toEqual(['THE', 'PLAN', 'READY']);
  });

  it('ignores single letters and gibberish', () => {
    expect(words('A I WKH SODQ XQZV')).toEqual([]);
  });

  it('stops looking after the limit but keeps every character', () => {
    const text = 'QQQ '.repeat(10) + 'THE PLAN';
    const marks = markEnglish(text, 20);
    expect(marks.count).toBe(0);
    expect(marks.segments.map((s) => s.text).join('')).toBe(text);
    expect(words(text)).toEqual(['THE', 'PLAN']);
  });
});
