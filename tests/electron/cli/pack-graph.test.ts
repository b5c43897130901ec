// `resonance pack graph` on the starter pack `pack new` writes: the structure of each format.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { packCommand } from '../../../electron/cli/pack-command';
import type { UnlockGraph } from '@shared/dev-types';
import { tempDir } from '../core/pack/pack-fixtures';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await packCommand(args, { stdin: new PassThrough(), stdout, stderr, cwd });
  return { code, out, err };
}

let cwd: string;
beforeAll(async () => {
  cwd = await tempDir('graph-');
  expect((await run(['new', 'starter'], cwd)).code).toBe(0);
});

const edgesOf = (graph: UnlockGraph) => graph.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`);

describe('resonance pack graph', () => {
  it('gives the scaffold pack as JSON: every chapter, gate, file and clue, and what unlocks what', async () => {
    const { code, out } = await run(['graph', 'starter', '--format', 'json'], cwd);
    expect(code).toBe(0);
    const graph = JSON.parse(out) as UnlockGraph;
    expect(graph.packId).toBe('starter');
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    expect([
      count('chapter'),
      count('puzzle'),
      count('deduction'),
      count('file'),
      count('clue'),
      count('end'),
    ]).toEqual([2, 2, 2, 3, 5, 1]);
    expect(edgesOf(graph)).toEqual(
      expect.arrayContaining([
        'deduction:d-the-drop -opens-> chapter:ch2',
        'deduction:d-the-route -completes-> end:pack',
        'chapter:ch2 -opens-> puzzle:p-keyed-note',
        'puzzle:p-first-light -after-> deduction:d-the-drop',
        'puzzle:p-keyed-note -after-> deduction:d-the-route',
        'puzzle:p-first-light -unlocks-> file:first-log',
        'file:first-log -plants-> clue:c-kai-zen',
        'file:first-log -key-> puzzle:p-keyed-note',
      ]),
    );
    const route = graph.nodes.find((n) => n.key === 'deduction:d-the-route');
    expect(route).toMatchObject({ file: 'deductions.yaml', chapter: 'ch2', problems: [] });
    expect(route!.line).toBeGreaterThan(1);
    expect(graph.nodes.find((n) => n.key === 'file:first-log')).toMatchObject({
      file: 'files/inbox/first-log.md',
      line: 3,
    });
  });

  it('gives the scaffold pack as Graphviz dot with one statement per node and edge', async () => {
    const { code, out } = await run(['graph', 'starter', '--format', 'dot'], cwd);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('digraph "starter" {');
    expect(lines.at(-1)).toBe('}');
    expect(lines.filter((l) => /^ {2}"[a-z]+:[^"]+" \[label=/.test(l))).toHaveLength(15);
    expect(out).toContain('"puzzle:p-first-light" -> "file:first-log" [label="unlocks"];');
    expect(out).toContain('"deduction:d-the-route" [label="deduction d-the-route: The route of the note"');
  });

  it('gives Mermaid flowchart text', async () => {
    const { out } = await run(['graph', 'starter', '--format', 'mermaid'], cwd);
    expect(out.split('\n')[0]).toBe('flowchart LR');
    expect(out).toMatch(/ -->\|unlocks\| /);
  });

  it('marks checker warnings on the node they point at, in every format', async () => {
    const dir = join(cwd, 'starter');
    const puzzles = await readFile(join(dir, 'puzzles.yaml'), 'utf8');
    await writeFile(join(dir, 'puzzles.yaml'), puzzles.replace('key: LANTERN', 'key: ORCHID'));
    try {
      const graph = JSON.parse((await run(['graph', 'starter', '--format', 'json'], cwd)).out) as UnlockGraph;
      const keyed = graph.nodes.find((n) => n.key === 'puzzle:p-keyed-note')!;
      expect(keyed.problems[0]).toMatchObject({
        severity: 'warning',
        message: expect.stringContaining('ORCHID'),
      });
      expect(graph.nodes.filter((n) => n.problems.length)).toHaveLength(1);
      expect((await run(['graph', 'starter', '--format', 'dot'], cwd)).out).toMatch(
        /"puzzle:p-keyed-note" \[label="⚠ puzzle p-keyed-note: [^\n]*color=orange/,
      );
    } finally {
      await writeFile(join(dir, 'puzzles.yaml'), puzzles);
    }
  });

  it('writes one self-contained HTML page beside the folder by default', async () => {
    const { code, out } = await run(['graph', 'starter'], cwd);
    expect(code).toBe(0);
    expect(out).toMatch(/starter-map\.html/);
    const html = await readFile(join(cwd, 'starter-map.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).toContain('files/inbox/first-log.md:3');
    // Nothing is fetched: no scripts, links or external addresses.
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('prints the line the authoring guide shows', async () => {
    const guide = await readFile(join(import.meta.dirname, '../../../docs/authoring.md'), 'utf8');
    const shown = /\$ npx resonance pack graph lantern-drop\n(.+)\n/.exec(guide)![1]!;
    const { out } = await run(['graph', 'starter'], cwd);
    expect(shown.replace('/home/you/lantern-drop', '<dir>')).toBe(
      out.trim().replace(join(cwd, 'starter'), '<dir>'),
    );
  });

  it('refuses an unknown format with the list of formats', async () => {
    const { code, err } = await run(['graph', 'starter', '--format', 'png'], cwd);
    expect(code).toBe(2);
    expect(err).toContain('html, dot, mermaid, json');
  });
});
