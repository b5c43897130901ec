// Replays docs/authoring.md: its snippets, pasted as the guide says, give the messages the guide shows.
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem, scaffold, verify } from '@core/pack';
import { tempDir } from './pack-fixtures';

const guide = await readFile(resolve(import.meta.dirname, '../../../../docs/authoring.md'), 'utf8');
const blocks = [...guide.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));
const yaml = blocks.filter((b) => b.lang === 'yaml').map((b) => b.text);
const markdown = blocks.filter((b) => b.lang === 'markdown').map((b) => b.text);

/** The first line of the guide's shown output that starts with `file:line:col:`, after the given text. */
const shownAfter = (marker: string): string => {
  const at = guide.indexOf(marker);
  return /\n([a-z/.-]+\.(?:yaml|md):\d+:\d+: [^\n]+)/.exec(guide.slice(at))![1]!;
};

describe('the authoring guide', () => {
  it('shows the messages that its steps really produce, and ends with a pack that verifies', async () => {
    expect(yaml).toHaveLength(4);
    const dir = join(await tempDir(), 'lantern-drop');
    await scaffold(dir);
    const lines = async () => (await checkPack(dir)).problems.map(formatProblem);
    expect(await lines()).toEqual([]);

    await writeFile(join(dir, 'files/archive/mirror-note.md'), markdown[0]!);
    await appendFile(join(dir, 'puzzles.yaml'), yaml[0]!);
    expect(await lines()).toEqual([shownAfter('Add a puzzle')]);

    await appendFile(join(dir, 'puzzles.yaml'), yaml[1]!);
    const pack = await readFile(join(dir, 'pack.yaml'), 'utf8');
    await writeFile(join(dir, 'pack.yaml'), pack.replace('    completedBy: [d-the-route]\n', yaml[2]!));
    expect(await lines()).toEqual([shownAfter('change chapter 2')]);

    await appendFile(join(dir, 'walkthrough.yaml'), yaml[3]!);
    expect(await lines()).toEqual([]);
    expect(await verify(dir, { cost: 'fast' })).toEqual({ ok: true, passed: 5, total: 5 });
  });
});
