// Scans every built .rpack for locked content and answers, in plain, base64 and hex form: none may appear.
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack, checkPack, hasErrors, scaffold } from '@core/pack';
import type { PackSource } from '@core/pack';
import { fillCombinations } from '@core/pack/derive';
import { requirements } from '@core/pack/requirements';
import { canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';
import { caseNames, materialise, tempDir } from './pack-fixtures';

/** Lines of everything a new player must not be able to read, and every answer, from the source. */
function secrets(source: PackSource): { lines: string[]; answers: string[] } {
  const req = requirements(source);
  const out: string[] = [];
  const answers: string[] = [];
  const lines = (text: string) =>
    text
      .split('\n')
      .map((l) => l.replace(/[*_`#>]/g, '').trim())
      .filter((l) => l.length >= 8);
  for (const f of source.files) if (req.bodyReq(f).length > 0) out.push(...lines(f.body));
  source.meta.chapters.forEach((c, i) => {
    if (i > 0) out.push(...lines(c.title), ...lines(c.summary));
    const s = source.scenes.find((x) => x.front.id === c.closing);
    if (s) out.push(...lines(s.body));
    const o = source.scenes.find((x) => x.front.id === c.opening);
    if (o && i > 0) out.push(...lines(o.body));
  });
  for (const p of source.puzzles.items) {
    out.push(...lines(p.plaintext));
    // Near misses are wrong answers by design; only accepted answers are secrets.
    for (const a of p.answers) answers.push(a, normaliseAnswer(a));
    for (const k of p.keepGoing) out.push(k.message);
    if (req.gateReq(p.id).length > 0) out.push(p.prompt, ...Object.values(p.hints));
    else out.push(p.hints.reveal, p.hints.pinpoint);
  }
  for (const d of source.deductions.items) {
    out.push(...Object.values(d.hints));
    if (d.kind === 'fill') answers.push(...fillCombinations(d.slots));
    else answers.push(canonicalLinks(d.links));
    if (req.gateReq(d.id).length > 0) out.push(d.kind === 'fill' ? d.sentence : d.prompt);
  }
  for (const c of source.clues.items) {
    const f = source.files.find((x) => x.front.id === c.source.file)!;
    if (req.bodyReq(f).length > 0) out.push(c.text, c.source.quote);
  }
  // What the author deliberately shows from the start is not a leak, even when a secret repeats it.
  const open = [
    ...source.files.filter((f) => req.bodyReq(f).length === 0).map((f) => f.body),
    ...source.puzzles.items
      .filter((p) => req.gateReq(p.id).length === 0)
      .flatMap((p) => [p.title, p.prompt, p.teach?.text ?? '']),
    ...source.scenes.filter((x) => x.front.id === source.meta.chapters[0]?.opening).map((x) => x.body),
    ...source.files
      .filter((f) => req.fileReq(f).length === 0)
      .flatMap((f) => [f.front.title, f.front.from ?? '', f.front.date ?? '']),
    ...source.clues.items
      .filter((c) => {
        const f = source.files.find((x) => x.front.id === c.source.file);
        return f !== undefined && req.bodyReq(f).length === 0;
      })
      .flatMap((c) => [c.title, c.text]),
    ...source.meta.chapters
      .filter((_c, i) => req.chapterReq[i]!.length === 0)
      .flatMap((c) => [c.title, c.summary]),
    source.meta.title,
    source.meta.description,
  ].join('\n');
  const openWords = ` ${normaliseAnswer(open, { keepSpaces: true })} `;
  return {
    lines: [...new Set(out.filter((s) => s.trim().length >= 8 && !open.includes(s)))],
    // A name the story shows from the start (an answer "mira" when Mira speaks in chapter 1) is not stored by the engine.
    answers: [
      ...new Set(
        answers.filter(
          (a) => a.trim().length >= 3 && !openWords.includes(` ${normaliseAnswer(a, { keepSpaces: true })} `),
        ),
      ),
    ],
  };
}

/** Every readable form of the file: raw bytes, each unzipped entry, and every string inside JSON entries. */
function haystacks(bytes: Uint8Array): string[] {
  const out = [Buffer.from(bytes).toString('latin1')];
  for (const [, data] of Object.entries(unzipSync(bytes))) {
    const text = strFromU8(data);
    out.push(Buffer.from(data).toString('latin1'), text);
    try {
      const strings: string[] = [];
      JSON.parse(text, (_k, v: unknown) => {
        if (typeof v === 'string')
          strings.push(
            v
              .replace(/<[^>]*>/g, '')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&'),
          );
        return v;
      });
      out.push(strings.join('\n'));
    } catch {
      // Blobs are binary; their raw form is already searched.
    }
  }
  return out;
}

const forms = (secret: string): string[] => {
  const b = Buffer.from(secret, 'utf8');
  return [secret, b.toString('base64').replace(/=+$/, ''), b.toString('hex'), b.toString('base64url')];
};

interface Built {
  name: string;
  source: PackSource;
  bytes: Uint8Array;
}
const built: Built[] = [];

beforeAll(async () => {
  const dirs: [string, string][] = [['base', await materialise()]];
  // answer-in-title leaks on purpose (its author put the answer in the title, which the checker warns about).
  for (const name of await caseNames())
    if (name !== 'answer-in-title') dirs.push([name, await materialise(name)]);
  const scaffolded = join(await tempDir(), 'starter');
  await scaffold(scaffolded);
  dirs.push(['scaffold', scaffolded]);
  // LEAK_SCAN_DIRS=path1:path2 adds more pack folders (such as the campaign) to the scan.
  for (const extra of (process.env['LEAK_SCAN_DIRS'] ?? '').split(':').filter(Boolean))
    dirs.push([extra, extra]);
  for (const [name, dir] of dirs) {
    const { problems, source } = await checkPack(dir);
    if (!source || hasErrors(problems)) continue;
    built.push({ name, source, bytes: (await buildPack(dir, { cost: 'fast' })).bytes });
  }
}, 60_000);

describe('sealed packs hide what is locked', () => {
  it('builds the base pack, the scaffold and every fixture with warnings only', () => {
    expect(built.map((b) => b.name)).toEqual(
      expect.arrayContaining(['base', 'scaffold', 'key-not-planted', 'script-in-markdown']),
    );
  });

  it('contains no line of locked content and no answer, plainly or in base64 or hex', () => {
    let checked = 0;
    for (const b of built) {
      const hay = haystacks(b.bytes);
      const { lines, answers } = secrets(b.source);
      const lowerHay = hay.map((h) => h.toLowerCase());
      // Answers are searched regardless of case; content lines exactly, as short phrases recur innocently.
      const cases = [
        ...lines.map((secret) => ({ secret, anyCase: false })),
        ...answers.map((secret) => ({ secret, anyCase: true })),
      ];
      for (const { secret, anyCase } of cases) {
        for (const form of forms(secret)) {
          checked++;
          // A plain answer counts as found only as a whole word ("harm" inside "harmony" is not a leak).
          const word = new RegExp(
            `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
            'iu',
          );
          const found = anyCase
            ? form === secret
              ? hay.some((h) => word.test(h))
              : lowerHay.some((h) => h.includes(form.toLowerCase()))
            : hay.some((h) => h.includes(form));
          expect(found, `${b.name}: "${secret}" (${form.slice(0, 30)}) is readable in the sealed file`).toBe(
            false,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('does contain the clear content, so the scan would see a leak', () => {
    const base = built.find((b) => b.name === 'base')!;
    const hay = haystacks(base.bytes);
    expect(hay.some((h) => h.includes('Kai always rotates his logs by'))).toBe(true);
    expect(hay.some((h) => h.includes('NDL CHQ KHUH'))).toBe(true);
  });

  it('escapes raw HTML and scripts from Markdown in the clear payload', () => {
    const b = built.find((x) => x.name === 'script-in-markdown')!;
    const clear = strFromU8(unzipSync(b.bytes)['clear.json']!);
    expect(clear).not.toMatch(/<script|<img|javascript:alert\(1\)"|onerror=alert\(1\)>/i);
    expect(clear).toContain('&lt;script&gt;');
  });
});
