// stats and scaffold: the counts authors see, and the starter pack `pack new` writes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, checkPack, scaffold, stats } from '@core/pack';
import { UserError } from '@shared/result';
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
      kdf: { N: 16, r: 1, p: 1 },
      secondsPerGuess: expect.any(Number) as number,
      cheapest: expect.any(Array) as unknown[],
    });
    expect(s.words).toBeGreaterThan(150);
  });

  it("lists the gates cheapest to brute-force first, with their cost at the pack's KDF", async () => {
    const s = await stats(await materialise());
    expect(s.cheapest.map((c) => c.gate)).toEqual([
      'd-the-drop',
      'd-the-route',
      'p-first-light',
      'p-keyed-note',
    ]);
    expect(s.cheapest[0]).toMatchObject({ kind: 'deduction', guesses: 1, log2Guesses: 0 });
    const guesses = s.cheapest.map((c) => c.guesses);
    expect(guesses).toEqual([...guesses].sort((a, b) => a - b));
    for (const c of s.cheapest) expect(c.coreHours).toBeCloseTo((c.guesses * s.secondsPerGuess) / 3600, 12);
  });

  it('measures a sealed .rpack from what it shows before any answer', async () => {
    const dir = await materialise();
    const rpack = join(dir, '..', 'base.rpack');
    await writeFile(rpack, (await buildPack(dir, { cost: 'fast' })).bytes);
    const s = await stats(rpack);
    expect(s).toMatchObject({
      chapters: 2,
      puzzles: { caesar: 1 },
      deductions: 0,
      clues: 0,
      kdf: { N: 16, r: 1, p: 1 },
      cheapest: [],
      sealed: { gateCount: 4, openGates: 1, unjudged: ['p-first-light'] },
    });
    expect(s.files.map((f) => f.locked)).toEqual([true, false]);
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
