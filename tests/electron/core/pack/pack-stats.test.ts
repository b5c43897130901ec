// stats and scaffold: the counts authors see, and the starter pack `pack new` writes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, scaffold, stats } from '../../../../electron/core/pack';
import { UserError } from '../../../../electron/shared/result';
import { materialise, tempDir } from './pack-fixtures';

describe('stats', () => {
  it('counts chapters, files, puzzles per cipher, deductions, clues, hints and words', async () => {
    const s = await stats(await materialise());
    expect(s).toEqual({
      chapters: 2,
      files: [
        { id: 'keyed-note', path: 'files/archive/keyed-note.md', locked: true },
        { id: 'first-log', path: 'files/inbox/first-log.md', locked: true },
        { id: 'relay-message', path: 'files/inbox/relay-message.md', locked: false },
      ],
      puzzles: { caesar: 1, vigenere: 1 },
      deductions: 2,
      clues: 5,
      hints: 16,
      words: expect.any(Number) as number,
    });
    expect(s.words).toBeGreaterThan(150);
  });

  it('refuses a pack it cannot read, naming the first problem', async () => {
    await expect(stats(await materialise('yaml-syntax'))).rejects.toThrow(/clues\.yaml:13:11/);
  });
});

describe('scaffold', () => {
  it('writes a pack named after its folder that checks without problems', async () => {
    const dir = join(await tempDir(), 'My Night Pack');
    await scaffold(dir);
    const { problems, source } = await checkPack(dir);
    expect(problems).toEqual([]);
    expect(source?.meta.id).toBe('my-night-pack');
  });

  it('refuses to write into a folder that is not empty', async () => {
    await expect(scaffold(await materialise())).rejects.toThrow(UserError);
  });
});
