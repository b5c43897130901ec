// Shape, size and fair-play checks on the campaign sources, read straight from YAML and Markdown.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kasiski, letterFrequencies, rankCaesarShifts } from '@shared/analysis/index';
import { getCipher } from '@shared/ciphers/index';

const root = join(import.meta.dirname, '..', '..', 'puzzles', 'neos-2148');

interface Hints {
  nudge: string;
  method: string;
  pinpoint: string;
  reveal: string;
}
interface Chapter {
  id: string;
  opening: string;
  closing: string;
  completedBy: string[];
  race?: { title: string; seconds: number; steps: string[] };
}
interface Puzzle {
  id: string;
  title: string;
  prompt: string;
  chapter: string;
  after?: string[];
  cipher: string;
  params?: Record<string, string | number>;
  plaintext: string;
  answers: (string | number)[];
  keepGoing?: { answer: string | number; message: string }[];
  hints: Hints;
  timer?: number;
  teach?: { tool: string; text: string };
}
interface Clue {
  id: string;
  kind: string;
  source: { file: string; quote: string };
}
interface Link {
  from: string;
  type: string;
  to: string;
}
interface Deduction {
  id: string;
  chapter: string;
  after?: string[];
  kind: 'fill' | 'links';
  sentence?: string;
  slots?: Record<string, { kind: string; answer: string | string[] }>;
  links?: Link[];
  hints: Hints;
}
interface Step {
  solve?: string;
  answer?: string | number;
  deduce?: string;
  fills?: Record<string, string>;
  links?: Link[];
}
interface MarkdownDoc {
  path: string;
  meta: Record<string, unknown>;
  body: string;
}

const readYaml = <T>(name: string): T => parse(readFileSync(join(root, name), 'utf8')) as T;

function markdownUnder(dir: string): MarkdownDoc[] {
  const found: MarkdownDoc[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...markdownUnder(full));
    else if (entry.name.endsWith('.md')) {
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(full, 'utf8'));
      if (!match) throw new Error(`${relative(root, full)} has no front matter`);
      found.push({
        path: relative(root, full),
        meta: parse(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      });
    }
  }
  return found;
}

/** The same folding the game applies to answers: accents, case, spaces and punctuation do not count. */
const normalise = (text: string | number): string =>
  String(text)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const pack = readYaml<{ chapters: Chapter[]; linkTypes: { id: string }[] }>('pack.yaml');
const puzzles = readYaml<{ puzzles: Puzzle[] }>('puzzles.yaml').puzzles;
const clues = readYaml<{ clues: Clue[] }>('clues.yaml').clues;
const deductions = readYaml<{ deductions: Deduction[] }>('deductions.yaml').deductions;
const steps = readYaml<{ steps: Step[] }>('walkthrough.yaml').steps;
const files = markdownUnder(join(root, 'files'));
const scenes = markdownUnder(join(root, 'scenes'));

const fileById = new Map(files.map((f) => [f.meta.id as string, f]));
const puzzleById = new Map(puzzles.map((p) => [p.id, p]));
const deductionById = new Map(deductions.map((d) => [d.id, d]));
const clueById = new Map(clues.map((c) => [c.id, c]));
const chapterIds = pack.chapters.map((c) => c.id);
const clueKinds = ['person', 'place', 'event', 'object', 'document', 'signature'];

/** Replays the walkthrough and reports, before each step, which gates are solved and which chapters are open. */
function replay(): { step: Step; solved: Set<string>; open: Set<string> }[] {
  const solved = new Set<string>();
  const open = new Set<string>([chapterIds[0]!]);
  const states: { step: Step; solved: Set<string>; open: Set<string> }[] = [];
  for (const step of steps) {
    states.push({ step, solved: new Set(solved), open: new Set(open) });
    solved.add((step.solve ?? step.deduce)!);
    pack.chapters.forEach((chapter, i) => {
      const next = pack.chapters[i + 1];
      if (next && open.has(chapter.id) && chapter.completedBy.every((g) => solved.has(g))) open.add(next.id);
    });
  }
  states.push({ step: {}, solved: new Set(solved), open: new Set(open) });
  return states;
}

const readable = (file: MarkdownDoc, solved: Set<string>, open: Set<string>): boolean =>
  open.has(file.meta.chapter as string) &&
  ((file.meta.after as string[] | undefined) ?? []).every((g) => solved.has(g)) &&
  (file.meta.lockedBy === undefined || solved.has(file.meta.lockedBy as string));

const gateAvailable = (gate: { chapter: string; after?: string[] }, solved: Set<string>, open: Set<string>) =>
  open.has(gate.chapter) && (gate.after ?? []).every((g) => solved.has(g));

/** Where each key (or, for keyless encodings, the method) can be read before its puzzle. */
const keyEvidence: Record<string, string> = {
  'p-relay-packet': 'METHOD: ROTATE EACH LETTER BY THE DROP NUMBER',
  'p-annex-c': 'STILLWATER',
  'p-seal-register': 'fenced on five rails',
  'p-mirror-note': 'A is written as Z, B as Y',
  'p-field-note': "multiply each letter by the sealer's seat",
  'p-leak-blob': 'xor:HEARTH',
  'p-hearth-pulse': 'as dots and dashes',
  'p-hearth-spec': "keyed with the first word of whatever makes the\nroom's light",
  'p-pell-post': 'write TIDEWELL with the repeated letters struck out',
  'p-leak-schedule': 'keyed with the name of whoever takes the fall',
  'p-countermeasure': 'the word the Ledger itself is named for',
  'p-unbind-plan': 'passphrase is the thing i always say',
  'p-abort-card': 'ASHFALL',
  'p-mast-pulses': 'row then column',
  'p-recovered-shard': 'raw bits, eight to a character',
  'p-kindle-walk': 'The key word is the first word of the walk',
  'p-kai-reckoning': 'key is the name of the plaza',
  'p-narrative-pell': 'write OPEN SIGNAL without repeating any letter',
  'p-narrative-emberline': 'five cuts a letter',
  'p-kai-offer': "the key is the word i said i wouldn't type",
};

/**
 * Puzzles whose key is written nowhere: the player breaks them with the workbench's analysis (letter
 * frequencies, Kasiski, trying rail counts; neos-2148-breaks.test.ts breaks each). Each names the signpost
 * that tells the player which kind of lock it is.
 */
const broken: Record<string, string> = {
  'p-relay-scrap': 'Every rotation leaves\na fingerprint',
  'p-kai-railfence': 'three rails is plenty for honest people. mine have more',
  'p-hall-index': 'the letters are ordinary English letters',
  'p-door-record': 'with the words on their door plate',
  'p-steward-letter': 'multiplied by one number, another added',
  'p-relay-survey': 'with the relay it started at',
};

/** Keyless puzzles broken from a crib the board supplies; neos-2148-breaks.test.ts breaks them. */
const brokenByCrib: Record<string, string> = {
  'p-unbind-notes': 'anyone who knows how i end a log has a foothold',
  'p-bridge-log': 'log_line_prefix: MNEMOS RELAY BRIDGE',
  'p-north-roster': 'read out column by column',
};

/** The largest number of candidate keys a player is expected to try by hand for a transposition. */
const MAX_RAILS_TRIED = 12;

/** The commonest short English words: the first a player recognises as a transposition falls into place. */
const COMMON_WORDS = new Set(
  'a i the and to of in is it on at by be as we he an my no so up me am for are but not you all was one our out its has had her his him who new now old two set'.split(
    ' ',
  ),
);

/** Share of the words of `text` up to three letters long that are common English words. */
function englishShare(text: string): number {
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length <= 3);
  return words.length === 0 ? 0 : words.filter((w) => COMMON_WORDS.has(w)).length / words.length;
}

/** Breaks `ciphertext` the way a player would with the analysis panel, and returns the parameters it finds. */
function breakWithAnalysis(id: string, cipher: string, ciphertext: string): Record<string, string | number> {
  switch (cipher) {
    case 'caesar': {
      // The frequency chart's commonest letter stands for E.
      const top = [...letterFrequencies(ciphertext).letters].sort((a, b) => b.count - a.count);
      expect(top[0]!.count, `${id}: one letter clearly leads the chart`).toBeGreaterThan(top[1]!.count * 1.2);
      const shift = (top[0]!.letter.charCodeAt(0) - 'E'.charCodeAt(0) + 26) % 26;
      expect(rankCaesarShifts(ciphertext)[0]!.shift, `${id}: the chi-squared ranking agrees`).toBe(shift);
      return { shift };
    }
    case 'affine': {
      // Twelve multipliers and 26 offsets: the pair whose output looks most like English letters.
      const affine = getCipher('affine');
      let best = { a: 1, b: 0, chi: Infinity };
      for (const a of [1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25])
        for (let b = 0; b < 26; b += 1) {
          const chi = letterFrequencies(affine.decrypt(ciphertext, { a, b })).chiSquared;
          if (chi < best.chi) best = { a, b, chi };
        }
      expect(best.chi, `${id}: the best affine key reads as English letters`).toBeLessThan(150);
      return { a: best.a, b: best.b };
    }
    case 'vigenere': {
      // Kasiski and the index of coincidence give the key length; each column is then a Caesar shift.
      const length = kasiski(ciphertext).keyLengths[0]!.length;
      const letters = ciphertext.toUpperCase().replace(/[^A-Z]/g, '');
      let key = '';
      for (let column = 0; column < length; column += 1) {
        let text = '';
        for (let i = column; i < letters.length; i += length) text += letters[i];
        key += String.fromCharCode(65 + rankCaesarShifts(text)[0]!.shift);
      }
      return { key };
    }
    case 'railfence': {
      // Trying the rail counts one by one: only the right one reads as English.
      const scores = Array.from({ length: MAX_RAILS_TRIED - 1 }, (_, i) => i + 2).map((rails) => ({
        rails,
        share: englishShare(getCipher('railfence').decrypt(ciphertext, { rails })),
      }));
      scores.sort((a, b) => b.share - a.share);
      expect(scores[0]!.share, `${id}: the right rail count reads as English`).toBeGreaterThan(0.6);
      expect(scores[1]!.share, `${id}: no other rail count reads as English`).toBeLessThan(0.3);
      return { rails: scores[0]!.rails };
    }
    default:
      throw new Error(`${id}: add a check that breaks ${cipher} with the workbench's analysis.`);
  }
}

describe('the neos-2148 campaign', () => {
  it('tells the story in five chapters, each with an opening and a closing scene of 80 to 250 words', () => {
    expect(pack.chapters).toHaveLength(5);
    const sceneById = new Map(scenes.map((s) => [s.meta.id as string, s]));
    for (const chapter of pack.chapters) {
      for (const id of [chapter.opening, chapter.closing]) {
        const scene = sceneById.get(id);
        expect(scene, `scene ${id}`).toBeDefined();
        const words = scene!.body.split(/\s+/).filter(Boolean).length;
        expect(words, `words in ${id}`).toBeGreaterThanOrEqual(80);
        expect(words, `words in ${id}`).toBeLessThanOrEqual(250);
      }
    }
  });

  it('meets the campaign sizes for files, puzzles, ciphers, deductions and clues', () => {
    expect(files.length).toBeGreaterThanOrEqual(28);
    expect(files.filter((f) => f.meta.lockedBy !== undefined).length).toBeGreaterThanOrEqual(16);
    expect(puzzles.length).toBeGreaterThanOrEqual(16);
    expect(new Set(puzzles.map((p) => p.cipher)).size).toBeGreaterThanOrEqual(10);
    expect(deductions.length).toBeGreaterThanOrEqual(7);
    expect(deductions.some((d) => d.kind === 'fill')).toBe(true);
    expect(deductions.some((d) => d.kind === 'links')).toBe(true);
    expect(clues.length).toBeGreaterThanOrEqual(45);
    expect(new Set(clues.map((c) => c.kind))).toEqual(new Set(clueKinds));
  });

  it('uses every id once across files, scenes, puzzles, clues, deductions, chapters and link types', () => {
    const ids = [
      ...files.map((f) => f.meta.id as string),
      ...scenes.map((s) => s.meta.id as string),
      ...puzzles.map((p) => p.id),
      ...clues.map((c) => c.id),
      ...deductions.map((d) => d.id),
      ...chapterIds,
      ...pack.linkTypes.map((l) => l.id),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('locks exactly one file with each puzzle, in the same chapter, and whose body holds the plaintext', () => {
    for (const puzzle of puzzles) {
      const locked = files.filter((f) => f.meta.lockedBy === puzzle.id);
      expect(locked, puzzle.id).toHaveLength(1);
      expect(locked[0]!.meta.chapter).toBe(puzzle.chapter);
      expect(normalise(locked[0]!.body)).toContain(normalise(puzzle.plaintext));
    }
    for (const file of files) {
      expect(chapterIds).toContain(file.meta.chapter);
      if (file.meta.lockedBy !== undefined) expect(puzzleById.has(file.meta.lockedBy as string)).toBe(true);
    }
  });

  it('quotes every clue card word for word from the body of its source file', () => {
    for (const clue of clues) {
      expect(clueKinds).toContain(clue.kind);
      const file = fileById.get(clue.source.file);
      expect(file, `${clue.id} source`).toBeDefined();
      expect(file!.body, clue.id).toContain(clue.source.quote);
    }
  });

  it('gives every puzzle and deduction four hint rungs, and every puzzle keep-going replies that are not answers', () => {
    for (const gate of [...puzzles, ...deductions]) {
      for (const rung of ['nudge', 'method', 'pinpoint', 'reveal'] as const)
        expect(gate.hints[rung].trim().length, `${gate.id} ${rung}`).toBeGreaterThan(20);
    }
    for (const puzzle of puzzles) {
      const accepted = new Set(puzzle.answers.map(normalise));
      expect(puzzle.keepGoing?.length ?? 0, puzzle.id).toBeGreaterThanOrEqual(3);
      for (const near of puzzle.keepGoing ?? [])
        expect(accepted.has(normalise(near.answer)), puzzle.id).toBe(false);
      expect(
        puzzle.answers.some((a) => normalise(puzzle.plaintext).includes(normalise(a))),
        `${puzzle.id}: an accepted answer is in the plaintext`,
      ).toBe(true);
    }
  });

  it('keeps playfair plaintexts to letters decryption gives back: no J, no added X, spaces and punctuation aside', () => {
    for (const puzzle of puzzles.filter((p) => p.cipher === 'playfair')) {
      const text = puzzle.plaintext.toUpperCase().replace(/[^A-Z]/g, '');
      expect(text).toMatch(/^[A-IK-Z]+$/);
      expect(text.length % 2).toBe(0);
      for (let i = 0; i < text.length; i += 2)
        expect(text[i], `${puzzle.id} pair ${i / 2}`).not.toBe(text[i + 1]);
    }
  });

  it('shapes deductions for group checking: fills have three or more slots, links two or more', () => {
    for (const d of deductions) {
      if (d.kind === 'fill') {
        const names = [...d.sentence!.matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1]);
        expect(Object.keys(d.slots!).sort(), d.id).toEqual([...names].sort());
        expect(names.length, d.id).toBeGreaterThanOrEqual(3);
        for (const slot of Object.values(d.slots!)) {
          for (const answer of [slot.answer].flat()) expect(clueById.get(answer)?.kind, d.id).toBe(slot.kind);
        }
      } else {
        expect(d.links!.length, d.id).toBeGreaterThanOrEqual(2);
        const types = new Set(pack.linkTypes.map((l) => l.id));
        for (const link of d.links!) {
          expect(types.has(link.type), d.id).toBe(true);
          expect(clueById.has(link.from) && clueById.has(link.to), d.id).toBe(true);
        }
      }
    }
  });

  it('opens with a taught Caesar shift, teaches each cipher at its first use in chapters 1 and 2 and never from chapter 3 on', () => {
    const order = steps.filter((s) => s.solve).map((s) => puzzleById.get(s.solve!)!);
    expect(order[0]!.cipher).toBe('caesar');
    const seen = new Set<string>();
    for (const puzzle of order) {
      const early = ['ch1', 'ch2'].includes(puzzle.chapter);
      if (early && !seen.has(puzzle.cipher))
        expect(puzzle.teach?.tool, `${puzzle.id} teaches ${puzzle.cipher}`).toBe(puzzle.cipher);
      else expect(puzzle.teach, `${puzzle.id} tests ${puzzle.cipher} without teaching`).toBeUndefined();
      seen.add(puzzle.cipher);
    }
  });

  it('times only the chapter 3 race: one clock over three locked files in sequence, the last of which closes the chapter', () => {
    expect(puzzles.filter((p) => p.timer !== undefined)).toEqual([]);
    expect(pack.chapters.filter((c) => c.race).map((c) => c.id)).toEqual(['ch3']);
    const race = pack.chapters[2]!.race!;
    expect(race.steps).toEqual(['p-unbind-plan', 'p-abort-card', 'p-mast-pulses']);
    // Each step is quick; the one clock over all three is what makes it a race.
    expect(race.seconds).toBeGreaterThanOrEqual(600);
    expect(race.seconds).toBeLessThanOrEqual(900);
    for (const [i, id] of race.steps.entries()) {
      const p = puzzleById.get(id)!;
      expect(p.chapter).toBe('ch3');
      if (i > 0) expect(p.after).toContain(race.steps[i - 1]);
    }
    expect(pack.chapters[2]!.completedBy).toContain('p-mast-pulses');
  });

  it("sets no puzzle of chapters 1 and 2 at its cipher's default parameters, and asks for answers of three words", () => {
    for (const puzzle of puzzles.filter((p) => p.chapter === 'ch1' || p.chapter === 'ch2')) {
      const cipher = getCipher(puzzle.cipher);
      // Ciphers whose key has no default (an empty keyword) cannot be opened without one.
      if (cipher.params.length > 0 && cipher.params.every((p) => p.default !== '')) {
        const defaults = Object.fromEntries(cipher.params.map((p) => [p.key, p.default]));
        expect(
          cipher.decrypt(cipher.encrypt(puzzle.plaintext, puzzle.params ?? {}), defaults),
          `${puzzle.id} decrypts at the defaults`,
        ).not.toBe(puzzle.plaintext);
      }
      for (const answer of puzzle.answers) {
        const words = String(answer)
          .split(/\s+/)
          .filter((w) => !['the', 'a', 'an'].includes(w.toLowerCase()));
        expect(words.length, `${puzzle.id}: "${answer}"`).toBeGreaterThanOrEqual(3);
      }
      for (const near of puzzle.keepGoing ?? [])
        for (const answer of puzzle.answers)
          expect(normalise(answer).startsWith(normalise(near.answer)), `${puzzle.id}: "${near.answer}"`).toBe(
            false,
          );
    }
  });

  it('breaks every keyless puzzle with the workbench analysis alone, and writes its key nowhere', () => {
    expect(Object.keys(broken).length).toBeGreaterThanOrEqual(2);
    for (const [id, signpost] of Object.entries(broken)) {
      const puzzle = puzzleById.get(id)!;
      expect(puzzle, id).toBeDefined();
      const ciphertext = getCipher(puzzle.cipher).encrypt(puzzle.plaintext, puzzle.params ?? {});
      const params = Object.fromEntries(
        Object.entries(puzzle.params ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v.toUpperCase() : v]),
      );
      expect(breakWithAnalysis(id, puzzle.cipher, ciphertext), id).toEqual(params);
      expect(keyEvidence[id], `${id} is broken, not given`).toBeUndefined();
      expect(
        files.some((f) => f.body.includes(signpost)),
        `${id}: the signpost "${signpost}" is in a file`,
      ).toBe(true);
      // The hint ladder gives the key only at the pinpoint rung.
      for (const rung of ['nudge', 'method'] as const)
        for (const value of Object.values(params))
          expect(puzzle.hints[rung].includes(String(value)), `${id} ${rung}`).toBe(false);
    }
  });

  it('has breaking checks that recover Caesar, affine and Vigenère keys from a long enough English text', () => {
    const sample = puzzles.map((p) => p.plaintext).join(' ');
    for (const [cipher, params] of [
      ['caesar', { shift: 11 }],
      ['affine', { a: 9, b: 20 }],
      ['vigenere', { key: 'LANTERN' }],
    ] as const)
      expect(breakWithAnalysis(cipher, cipher, getCipher(cipher).encrypt(sample, params)), cipher).toEqual(
        params,
      );
  });

  it('solves every puzzle and deduction exactly once in the walkthrough, in an order the gates allow', () => {
    const gates = steps.map((s) => (s.solve ?? s.deduce)!);
    expect([...gates].sort()).toEqual([...puzzles.map((p) => p.id), ...deductions.map((d) => d.id)].sort());
    const states = replay();
    for (const { step, solved, open } of states.slice(0, -1)) {
      if (step.solve) {
        const puzzle = puzzleById.get(step.solve)!;
        expect(gateAvailable(puzzle, solved, open), `${puzzle.id} is available`).toBe(true);
        expect(puzzle.answers.map(normalise), puzzle.id).toContain(normalise(step.answer!));
      } else {
        const d = deductionById.get(step.deduce!)!;
        expect(gateAvailable(d, solved, open), `${d.id} is available`).toBe(true);
        if (d.kind === 'fill') {
          for (const [slot, { answer }] of Object.entries(d.slots!))
            expect([answer].flat(), `${d.id}.${slot}`).toContain(step.fills![slot]);
        } else {
          const key = (l: Link) => `${l.from}|${l.type}|${l.to}`;
          expect(step.links!.map(key).sort(), d.id).toEqual(d.links!.map(key).sort());
        }
      }
    }
    expect(states.at(-1)!.open.size).toBe(5);
    expect(pack.chapters.at(-1)!.completedBy.every((g) => states.at(-1)!.solved.has(g))).toBe(true);
  });

  it('puts every clue a deduction needs on the board before that deduction is asked', () => {
    for (const { step, solved, open } of replay()) {
      if (!step.deduce) continue;
      const d = deductionById.get(step.deduce)!;
      const needed =
        d.kind === 'fill' ? Object.values(step.fills!) : d.links!.flatMap((l: Link) => [l.from, l.to]);
      for (const id of needed) {
        const file = fileById.get(clueById.get(id)!.source.file)!;
        expect(readable(file, solved, open), `${id} is on the board for ${d.id}`).toBe(true);
      }
    }
  });

  it('signposts every method and hides every key where the player can already read it before the puzzle', () => {
    for (const { step, solved, open } of replay()) {
      if (!step.solve) continue;
      const evidence = keyEvidence[step.solve] ?? broken[step.solve] ?? brokenByCrib[step.solve];
      expect(evidence, `key evidence or a signpost listed for ${step.solve}`).toBeDefined();
      // A locked file shows only its title (and ciphertext) until solved, so only its title can signpost.
      const visible = (f: MarkdownDoc) =>
        f.meta.lockedBy === step.solve
          ? String(f.meta.title)
          : readable(f, solved, open)
            ? `${String(f.meta.title)}\n${f.body}`
            : '';
      const holders = files.filter((f) => visible(f).includes(evidence!));
      expect(holders.length, `${step.solve}: "${evidence}" is readable beforehand`).toBeGreaterThan(0);
    }
  });
  it('prints no answer of chapters 1 and 2 anywhere the player reads in those chapters, except in its own locked file', () => {
    const early = new Set(['ch1', 'ch2']);
    const earlyFiles = files.filter((f) => early.has(f.meta.chapter as string));
    const scenesRead = [pack.chapters[0]!.opening, pack.chapters[0]!.closing, pack.chapters[1]!.opening];
    for (const puzzle of puzzles.filter((p) => early.has(p.chapter))) {
      const own = files.find((f) => f.meta.lockedBy === puzzle.id)!;
      const readable = [
        ...earlyFiles.filter((f) => f !== own).map((f) => `${String(f.meta.title)}\n${f.body}`),
        ...scenes.filter((s) => scenesRead.includes(s.meta.id as string)).map((s) => s.body),
        ...clues
          .filter((c) => early.has(fileById.get(c.source.file)!.meta.chapter as string))
          .filter((c) => c.source.file !== own.meta.id)
          .map((c) => JSON.stringify(c)),
        ...puzzles
          .filter((p) => early.has(p.chapter))
          .map((p) => [p.title, p.prompt, p.hints.nudge, p.hints.method, p.hints.pinpoint].join('\n')),
        ...deductions.filter((d) => early.has(d.chapter)).map((d) => JSON.stringify(d)),
      ].map(wordsOf);
      for (const answer of puzzle.answers) {
        const wanted = normalise(answer);
        expect(
          readable.some((words) => runsOf(words).includes(wanted)),
          `${puzzle.id}: "${answer}" is readable`,
        ).toBe(false);
      }
    }
  });
});

/** The words of `text`, folded the way answers are. */
function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map(normalise)
    .filter(Boolean);
}

/** Every run of up to five consecutive words, joined without spaces as answers are compared. */
function runsOf(words: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += 1)
    for (let j = i + 1; j <= Math.min(words.length, i + 5); j += 1) runs.push(words.slice(i, j).join(''));
  return runs;
}
