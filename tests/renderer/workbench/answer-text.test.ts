// Output becomes an answer on one line, with a space wherever a line broke.
import { describe, expect, it } from 'vitest';
import { answerLines, asAnswer } from '../../../renderer/src/workbench/answer-text';

describe('output as an answer', () => {
  it('turns each line break into one space', () => {
    expect(asAnswer('IN THE\nLEDGER')).toBe('IN THE LEDGER');
    expect(asAnswer(' IN THE \r\n\n  LEDGER \n')).toBe('IN THE LEDGER');
  });

  it('lists the non-empty lines to pick from', () => {
    expect(answerLines('MEET\n\n  AT DAWN \n')).toEqual(['MEET', 'AT DAWN']);
  });
});
