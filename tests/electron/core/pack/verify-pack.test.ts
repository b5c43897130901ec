// verify: replays walkthrough.yaml against the sealed build and names the first step that fails.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, scaffold, verify } from '@core/pack';
import { materialise, tempDir } from './pack-fixtures';

describe('verify', () => {
  it('replays the scaffolded pack from start to finish', async () => {
    const dir = join(await tempDir(), 'starter');
    await scaffold(dir);
    expect(await verify(dir, { cost: 'fast' })).toEqual({ ok: true, passed: 4, total: 4 });
  });

  it('stops before building when the walkthrough expects an unlock the pack does not give', async () => {
    const dir = await materialise();
    const path = join(dir, 'walkthrough.yaml');
    const text = await readFile(path, 'utf8');
    await writeFile(
      path,
      text.replace(
        'expect: { files: [keyed-note] }',
        'expect: { files: [keyed-note], clues: [c-kai-zen, c-lantern] }',
      ),
    );
    const ok = await verify(dir, { cost: 'fast' });
    expect(ok.ok).toBe(true);
    await writeFile(
      path,
      text.replace('expect: { files: [first-log]', 'expect: { files: [first-log, keyed-note]'),
    );
    await expect(verify(dir, { cost: 'fast' })).rejects.toThrow(/problem/);
  });

  it('reports a walkthrough that stops before the end as a failure of its last step', async () => {
    const dir = await materialise();
    const bytesDir = await tempDir();
    const { buildPack } = await import('@core/pack');
    const rpack = join(bytesDir, 'p.rpack');
    await writeFile(rpack, (await buildPack(dir, { cost: 'fast' })).bytes);
    const walk = join(bytesDir, 'w.yaml');
    const text = await readFile(join(dir, 'walkthrough.yaml'), 'utf8');
    await writeFile(walk, text.split('  - deduce: d-the-route')[0]!);
    const result = await verify(rpack, { walkthrough: walk });
    expect(result.ok).toBe(false);
    expect(formatProblem(result.failure!)).toMatch(
      /After the last step the pack is not finished \(chapter ch2 still open\)/,
    );
  });

  it('names a step whose gate is not open yet in the sealed pack', async () => {
    const dir = await materialise();
    const bytesDir = await tempDir();
    const { buildPack } = await import('@core/pack');
    const rpack = join(bytesDir, 'p.rpack');
    await writeFile(rpack, (await buildPack(dir, { cost: 'fast' })).bytes);
    const walk = join(bytesDir, 'w.yaml');
    await writeFile(walk, 'steps:\n  - solve: p-keyed-note\n    answer: old archive\n');
    const result = await verify(rpack, { walkthrough: walk });
    expect(result.failure?.message).toMatch(
      /^Step 1 \(solve p-keyed-note\): "p-keyed-note" is not open in the sealed pack/,
    );
    expect(result.failure?.line).toBe(2);
  });
});
