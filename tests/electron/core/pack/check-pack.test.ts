// checkPack as a whole: the strength table it returns, and the faster check that leaves answer strength out.
import { describe, expect, it } from 'vitest';
import { checkPack } from '@core/pack';
import { materialise } from './pack-fixtures';

describe('checkPack', () => {
  it('returns the strength of every gate when the pack is sound and asked for it', async () => {
    const { strengths } = await checkPack(await materialise(), { strength: true });
    expect(strengths?.map((s) => s.gate)).toEqual([
      'p-first-light',
      'p-keyed-note',
      'd-the-drop',
      'd-the-route',
    ]);
    expect(strengths?.find((s) => s.gate === 'd-the-route')).toMatchObject({
      groupGuesses: 780,
      slotGuesses: 80,
    });
  });

  it('returns no strengths when structural errors stop the later rules', async () => {
    const { strengths } = await checkPack(await materialise('broken-reference'), { strength: true });
    expect(strengths).toBeUndefined();
  });

  it('skips the answer estimates by default when the pack turns strength checks off', async () => {
    // The base fixture sets checks: { strength: off }.
    expect((await checkPack(await materialise())).strengths).toBeUndefined();
  });

  it('leaves out only the answer estimates when asked for a fast check', async () => {
    const dir = await materialise('weak-answers');
    const full = (await checkPack(dir)).problems.map((p) => p.path);
    const fast = await checkPack(dir, { strength: false });
    expect(fast.strengths).toBeUndefined();
    expect(fast.problems.map((p) => p.path)).toEqual(full.filter((p) => !p.startsWith('puzzles')));
    expect(fast.problems.map((p) => p.path)).toEqual(['deductions[0].id', 'deductions[1].id']);
  });
});

describe('a puzzle meant to be broken', () => {
  it('says so with keyless: true, which silences the planted-key warning and nothing else', async () => {
    const { readFile, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const dir = await materialise('key-not-planted');
    const before = (await checkPack(dir)).problems.map((p) => p.message);
    expect(before.some((m) => m.includes('appears nowhere the player can read'))).toBe(true);
    const yaml = await readFile(join(dir, 'puzzles.yaml'), 'utf8');
    await writeFile(
      join(dir, 'puzzles.yaml'),
      yaml.replace('  - id: p-keyed-note\n', '  - id: p-keyed-note\n    keyless: true\n'),
    );
    const after = (await checkPack(dir)).problems.map((p) => p.message);
    expect(after).toEqual(before.filter((m) => !m.includes('appears nowhere the player can read')));
  });
});
