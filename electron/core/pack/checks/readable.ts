// Everything a player can read without solving a given gate, each piece named so a message can point at it.
import { plainText } from '../markdown';
import type { CheckContext } from './context';

export interface ReadableText {
  /** Where the player reads it, as a message names it: `the body of files/inbox/log.md`. */
  where: string;
  text: string;
  /** Pack and chapter titles, already covered by the title rule of answer-leaks. */
  title?: boolean;
  /** A near-miss reply of the gate itself, read only by someone who typed that near miss. */
  ownReply?: boolean;
}

const rendered = new WeakMap<CheckContext, Map<string, string>>();
/** Markdown as plain text, rendered once per check: every gate's view reads the same files. */
function plain(ctx: CheckContext, markdown: string): string {
  let cache = rendered.get(ctx);
  if (!cache) rendered.set(ctx, (cache = new Map()));
  let text = cache.get(markdown);
  if (text === undefined) cache.set(markdown, (text = plainText(markdown)));
  return text;
}

/** Gates a player can solve while never solving `without`. */
export function solvableWithout({ req }: CheckContext, without: string): Set<string> {
  const solved = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of req.gates.keys()) {
      if (id === without || solved.has(id)) continue;
      if (req.gateReq(id).every((g) => solved.has(g))) {
        solved.add(id);
        changed = true;
      }
    }
  }
  return solved;
}

/**
 * What can be read before `gateId` is solved: files, scenes, cards, puzzles and deductions whose requirements
 * can all be met without it, plus the gate's own title, prompt and lower hint rungs.
 */
export function readableWithout(ctx: CheckContext, gateId: string): ReadableText[] {
  const { source, req, files } = ctx;
  const solved = solvableWithout(ctx, gateId);
  const open = (r: readonly string[]) => r.every((g) => solved.has(g));
  const out: ReadableText[] = [
    { where: 'the pack title', text: source.meta.title, title: true },
    { where: 'the pack description', text: source.meta.description, title: true },
  ];
  source.meta.chapters.forEach((c, i) => {
    if (open(req.chapterReq[i]!))
      out.push(
        { where: `the title of chapter ${c.id}`, text: c.title, title: true },
        { where: `the summary of chapter ${c.id}`, text: c.summary, title: true },
      );
    const scenes: [string, readonly string[]][] = [
      [c.opening, req.chapterReq[i]!],
      [c.closing, req.chapterDone[i]!],
    ];
    for (const [id, r] of scenes) {
      const s = ctx.scenes.get(id);
      if (s && open(r)) out.push({ where: s.rel, text: `${s.front.title}\n${plain(ctx, s.body)}` });
    }
  });
  for (const f of source.files) {
    if (open(req.fileReq(f))) out.push({ where: `the title of ${f.rel}`, text: f.front.title });
    if (open(req.bodyReq(f))) out.push({ where: `the body of ${f.rel}`, text: plain(ctx, f.body) });
  }
  for (const c of source.clues.items) {
    const f = files.get(c.source.file);
    if (f && open(req.bodyReq(f))) out.push({ where: `the card ${c.id}`, text: `${c.title}\n${c.text}` });
  }
  for (const [id, gate] of req.gates) {
    const own = id === gateId;
    if (!own && !open(req.gateReq(id))) continue;
    const def = gate.def;
    const what = gate.kind === 'puzzle' ? 'puzzle' : 'deduction';
    out.push({ where: `the title of ${what} ${id}`, text: def.title });
    if (gate.kind === 'puzzle') {
      out.push({ where: `the prompt of ${id}`, text: gate.def.prompt });
      if (gate.def.teach) out.push({ where: `the workbench guidance of ${id}`, text: gate.def.teach.text });
      gate.def.keepGoing.forEach((k, j) =>
        out.push({
          where: `near-miss reply ${j + 1} of ${id}`,
          text: k.message,
          ...(own ? { ownReply: true } : {}),
        }),
      );
    } else {
      const d = gate.def;
      out.push({
        where: `the ${d.kind === 'fill' ? 'sentence' : 'prompt'} of ${id}`,
        text: d.kind === 'fill' ? d.sentence : d.prompt,
      });
    }
    // A gate's own reveal states its answer by design; the lower rungs must not.
    const rungs = own
      ? (['nudge', 'method', 'pinpoint'] as const)
      : (['nudge', 'method', 'pinpoint', 'reveal'] as const);
    for (const rung of rungs) out.push({ where: `the ${rung} hint of ${id}`, text: def.hints[rung] });
  }
  return out;
}

/** Words of a text as the answer normalisation sees them: case and accents folded, punctuation splits words. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether consecutive words of the text spell the answer (spaces folded), so "Old Archive" finds "oldarchive". */
export function spells(textWords: readonly string[], answer: string): boolean {
  if (answer === '') return false;
  for (let i = 0; i < textWords.length; i++) {
    let joined = '';
    for (let j = i; j < textWords.length && joined.length < answer.length; j++) {
      joined += textWords[j];
      if (joined === answer) return true;
      if (!answer.startsWith(joined)) break;
    }
  }
  return false;
}
