// The campaign's questions and hints point only at things that exist, as they are written, and each rung adds something.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..', 'puzzles', 'neos-2148');

interface Hints {
  nudge: string;
  method: string;
  pinpoint: string;
  reveal: string;
}
interface Puzzle {
  id: string;
  prompt: string;
  answers: (string | number)[];
  hints: Hints;
  teach?: { tool: string; text: string };
}
interface Deduction {
  id: string;
  kind: 'fill' | 'links';
  prompt?: string;
  links?: { from: string; type: string; to: string }[];
  hints: Hints;
}
interface LinkType {
  id: string;
  label: string;
  meaning?: string;
}
interface Doc {
  title: string;
  kind?: string;
  date?: string;
  body: string;
}

const readYaml = <T>(name: string): T => parse(readFileSync(join(root, name), 'utf8')) as T;
const puzzles = readYaml<{ puzzles: Puzzle[] }>('puzzles.yaml').puzzles;
const deductions = readYaml<{ deductions: Deduction[] }>('deductions.yaml').deductions;
const clues = readYaml<{ clues: { title: string; text: string }[] }>('clues.yaml').clues;
const linkTypes = readYaml<{ linkTypes: LinkType[] }>('pack.yaml').linkTypes;

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? markdownUnder(join(dir, entry.name))
      : entry.name.endsWith('.md')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}
const docs: Doc[] = [...markdownUnder(join(root, 'files')), ...markdownUnder(join(root, 'scenes'))].map(
  (text) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { ...(parse(front) as Omit<Doc, 'body'>), body };
  },
);

/** Lower case, words only, single spaces: a quotation still matches across line breaks and Markdown. */
const flat = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

/** Everything a hint may quote: file and scene titles and bodies, clue cards and the board's link labels. */
const quotable = [
  ...docs.map((d) => flat(`${d.title}\n${d.body}`)),
  ...clues.map((c) => flat(`${c.title}\n${c.text}`)),
  ...linkTypes.map((t) => flat(t.label)),
];
/** Labels of the workbench a hint names in quotation marks, which live in the game rather than the pack. */
const workbenchLabels = new Set(['key lengths kasiski']);

/** Text in matching quotation marks, opened after a space, colon or bracket and closed before punctuation. */
function quotations(text: string): string[] {
  return [...text.matchAll(/(?<=^|[\s(:])(['"])(.+?)\1(?=[\s.,;:)!?]|$)/g)].map((m) => m[2]!);
}

const gates = [...puzzles, ...deductions];
const rungs = ['nudge', 'method', 'pinpoint', 'reveal'] as const;

/** Every run of `n` consecutive words of `text`. */
function runs(text: string, n: number): Set<string> {
  const words = flat(text).split(' ');
  return new Set(
    words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => words.slice(i, i + n).join(' ')),
  );
}

describe('the neos-2148 hints', () => {
  it('quote only words that a file, scene, clue card or the board really prints', () => {
    for (const gate of gates)
      for (const rung of rungs)
        for (const quote of quotations(gate.hints[rung])) {
          const wanted = flat(quote);
          expect(
            workbenchLabels.has(wanted) || quotable.some((text) => text.includes(wanted)),
            `${gate.id} ${rung} quotes "${quote}"`,
          ).toBe(true);
        }
  });

  it('cite only memos, numbered points and clauses that exist, named the way the memo names them', () => {
    let cited = 0;
    for (const gate of gates)
      for (const rung of rungs) {
        let memo: Doc | undefined;
        for (const m of gate.hints[rung].matchAll(/Memo (\d+)|\b(point|clause) (\d+)/g)) {
          if (m[1]) {
            memo = docs.find((d) => new RegExp(`^Protocol Memo ${m[1]}\\b`).test(d.title));
            expect(memo, `${gate.id} ${rung}: Protocol Memo ${m[1]} is a file`).toBeDefined();
            continue;
          }
          expect(memo, `${gate.id} ${rung}: "${m[0]}" follows the memo it belongs to`).toBeDefined();
          expect(memo!.body, `${gate.id} ${rung}: ${memo!.title} has a ${m[0]}`).toMatch(
            new RegExp(`^${m[3]}\\. `, 'm'),
          );
          if (m[2] === 'clause')
            expect(memo!.body, `${memo!.title} calls its points clauses`).toMatch(/\bclauses\b/);
          cited += 1;
        }
      }
    expect(cited).toBeGreaterThan(5);
  });

  it('cite only logs that exist on the day they name', () => {
    const months: Record<string, string> = { April: '04', May: '05', June: '06', July: '07' };
    for (const gate of gates)
      for (const rung of rungs)
        for (const [, day, month] of gate.hints[rung].matchAll(
          /\blog of (\d{1,2}) (April|May|June|July)\b/g,
        )) {
          const date = `2148-${months[month!]}-${day!.padStart(2, '0')}`;
          expect(
            docs.some((d) => d.kind === 'log' && String(d.date).startsWith(date)),
            `${gate.id} ${rung}: a log dated ${date}`,
          ).toBe(true);
        }
  });

  it("add something at every rung: no rung repeats six words running of another rung or of the puzzle's teaching", () => {
    for (const gate of gates) {
      const texts: [string, string][] = rungs.map((r) => [r, gate.hints[r]]);
      if ('teach' in gate && gate.teach) texts.push(['teach', gate.teach.text]);
      for (const [i, [nameA, a]] of texts.entries())
        for (const [nameB, b] of texts.slice(i + 1)) {
          // The reveal quotes the decrypted text, which the pinpoint may have started to quote too.
          if (nameB === 'reveal') continue;
          const shared = [...runs(a, 6)].filter((run) => runs(b, 6).has(run));
          expect(shared, `${gate.id}: ${nameA} and ${nameB} share words`).toEqual([]);
        }
    }
  });
});

describe('the neos-2148 questions', () => {
  it('say how many words an answer of several words has, and that count fits an accepted answer', () => {
    for (const puzzle of puzzles) {
      const lengths = puzzle.answers.map((a) => String(a).trim().split(/\s+/).length);
      if (Math.min(...lengths) < 2) continue;
      const said = /\((\d+) words\b/.exec(puzzle.prompt)?.[1];
      expect(said, `${puzzle.id}: "${puzzle.prompt}" says how many words`).toBeDefined();
      expect(lengths, `${puzzle.id}: an accepted answer has ${said} words`).toContain(Number(said));
    }
  });

  it('end every puzzle prompt with its question mark, the word count inside it, as the answer box is named by it', () => {
    for (const puzzle of puzzles) expect(puzzle.prompt, puzzle.id).toMatch(/\?$/);
  });

  it('give every link type a meaning the link dialog can show', () => {
    for (const type of linkTypes) {
      expect(type.meaning, `${type.id} has a meaning`).toBeDefined();
      expect(type.meaning!.length, type.id).toBeLessThanOrEqual(200);
    }
  });

  it('ask every links deduction in the words of the link types it accepts', () => {
    const labelOf = new Map(linkTypes.map((t) => [t.id, t.label]));
    for (const deduction of deductions.filter((d) => d.kind === 'links'))
      for (const link of deduction.links!) {
        // The label itself, so the player can match the question to the link dialog word for word.
        const label = labelOf.get(link.type)!;
        expect(flat(deduction.prompt!), `${deduction.id} asks for "${label}"`).toContain(flat(label));
      }
  });
});
