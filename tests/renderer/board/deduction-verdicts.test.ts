// What a wrong deduction says: as much as the player's setting asks and the pack's seal allows.
import { describe, expect, it } from 'vitest';
import { feedbackText } from '../../../renderer/src/board/deductions';

describe('the verdict on a wrong deduction', () => {
  it('counts or marks the wrong parts when the pack lets it', () => {
    const wrong = { kind: 'wrong' as const, message: 'No.', waitMs: 0, wrongCount: 2 };
    expect(feedbackText(wrong, 'count', 5)).toBe('2 of 5 are wrong.');
    expect(feedbackText(wrong, 'pinpoint', 5)).toMatch(/^2 of 5 are wrong\. The wrong ones are marked/);
    expect(feedbackText(wrong, 'group', 5)).toBe('Not right: at least one part is wrong.');
  });

  it('says the deduction is sealed whole when the pack gives no count, whatever the setting', () => {
    const sealed = { kind: 'wrong' as const, message: 'No.', waitMs: 0 };
    for (const mode of ['count', 'pinpoint'] as const)
      expect(feedbackText(sealed, mode, 5)).toBe(
        'Not right: at least one part is wrong. This deduction is sealed whole, so it cannot say which.',
      );
  });
});
