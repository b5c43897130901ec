// Replays the walkthrough on the source, as the checker's view of "the walkthrough reaches the end".
import { canonicalFills, canonicalLink, canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';
import type {
  FillDeduction,
  Link,
  LinksDeduction,
  Puzzle,
  WalkthroughStep,
} from '@shared/pack/source-schema';
import { fillCombinations } from '../derive';
import type { Problem } from '../problems';
import { problemAt } from '../yaml-source';
import type { CheckContext } from './context';
import { didYouMean } from './suggest';

const stepGate = (step: WalkthroughStep): string => ('solve' in step ? step.solve : step.deduce);
const quoted = (ids: string[]): string => ids.map((x) => `"${x}"`).join(' or ');

/** The first slot of a fill step that the deduction does not accept, as a path and a sentence. */
function wrongFill(
  d: FillDeduction,
  fills: Record<string, string>,
  n: number,
): { path: PropertyKey[]; message: string } | undefined {
  for (const [name, clue] of Object.entries(fills)) {
    const slot = d.slots[name];
    if (!slot)
      return {
        path: ['fills', name],
        message: `Step ${n} fills a slot "${name}" that "${d.id}" does not have: use its slots ${Object.keys(d.slots).join(', ')}.`,
      };
    const accepted = Array.isArray(slot.answer) ? slot.answer : [slot.answer];
    if (!accepted.includes(clue))
      return {
        path: ['fills', name],
        message: `Step ${n} puts "${clue}" in the slot "${name}" of "${d.id}", which takes ${quoted(accepted)}: fix the walkthrough, or accept this card in the slot.`,
      };
  }
  const missing = Object.keys(d.slots).filter((s) => !(s in fills));
  if (missing.length > 0)
    return {
      path: ['fills'],
      message: `Step ${n} leaves the slot${missing.length > 1 ? 's' : ''} ${missing.map((s) => `"${s}"`).join(', ')} of "${d.id}" empty: fill ${missing.length > 1 ? 'them' : 'it'} in the walkthrough.`,
    };
  return undefined;
}

/** The first link of a links step that the deduction does not want, or the first one it misses. */
function wrongLinks(
  d: LinksDeduction,
  links: Link[],
  symmetric: ReadonlySet<string>,
  n: number,
): { path: PropertyKey[]; message: string } | undefined {
  const key = (l: Link) => canonicalLink(l, symmetric.has(l.type));
  const wanted = new Set(d.links.map(key));
  const given = new Set(links.map(key));
  const extra = links.findIndex((l) => !wanted.has(key(l)));
  if (extra >= 0) {
    const l = links[extra]!;
    return {
      path: ['links', extra],
      message: `Step ${n} draws the link ${l.from} -${l.type}-> ${l.to}, which "${d.id}" does not ask for: remove it from the walkthrough, or add it to the deduction's links.`,
    };
  }
  const missing = d.links.find((l) => !given.has(key(l)));
  if (missing)
    return {
      path: ['links'],
      message: `Step ${n} does not draw the link ${missing.from} -${missing.type}-> ${missing.to} that "${d.id}" needs: add it to the walkthrough.`,
    };
  return undefined;
}

export function checkWalkthrough({ source, req, files, clues }: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const src = source.walkthrough.src;
  if (!src) return problems;
  const solved = new Set<string>();
  const symmetric = new Set(source.meta.linkTypes.filter((l) => l.symmetric).map((l) => l.id));
  const push = (path: PropertyKey[], message: string) => problems.push(problemAt(src, path, message));
  for (const [i, step] of source.walkthrough.items.entries()) {
    const id = stepGate(step);
    const gate = req.gates.get(id);
    const key = 'solve' in step ? 'solve' : 'deduce';
    if (!gate || (gate.kind === 'puzzle') !== 'solve' in step) {
      push(
        ['steps', i, key],
        gate
          ? `Step ${i + 1} names "${id}", which is not a ${key === 'solve' ? 'puzzle' : 'deduction'}: use "solve" for puzzles and "deduce" for deductions.`
          : `Step ${i + 1} names "${id}", which is not a ${key === 'solve' ? 'puzzle' : 'deduction'}${didYouMean(id, req.gates.keys())}: use "solve" for puzzles and "deduce" for deductions.`,
      );
      return problems;
    }
    const missing = req.gateReq(id).filter((g) => !solved.has(g));
    if (missing.length > 0) {
      push(
        ['steps', i, key],
        `Step ${i + 1} solves "${id}" before it is available (it still needs ${missing.map((g) => `"${g}"`).join(', ')}): move the step after the steps that solve them.`,
      );
      return problems;
    }
    let right: boolean;
    let wrong: { path: PropertyKey[]; message: string } | undefined;
    if ('answer' in step) {
      const p = gate.def as Puzzle;
      const n = normaliseAnswer(step.answer, { keepSpaces: p.keepSpaces });
      right = p.answers.some((a) => normaliseAnswer(a, { keepSpaces: p.keepSpaces }) === n);
    } else if (gate.kind === 'deduction' && 'fills' in step) {
      right =
        gate.def.kind === 'fill' && fillCombinations(gate.def.slots).includes(canonicalFills(step.fills));
      if (!right && gate.def.kind === 'fill') wrong = wrongFill(gate.def, step.fills, i + 1);
    } else if (gate.kind === 'deduction' && 'links' in step) {
      right =
        gate.def.kind === 'links' &&
        canonicalLinks(gate.def.links, symmetric) === canonicalLinks(step.links, symmetric);
      if (!right && gate.def.kind === 'links') wrong = wrongLinks(gate.def, step.links, symmetric, i + 1);
    } else right = false;
    if (!right) {
      if (wrong) push(['steps', i, ...wrong.path], wrong.message);
      else
        push(
          ['steps', i, 'answer' in step ? 'answer' : 'fills' in step ? 'fills' : 'links'],
          `Step ${i + 1} gives an answer that "${id}" does not accept: copy an accepted answer into the walkthrough, or add this one to the ${'answer' in step ? "puzzle's answers" : 'deduction'}.`,
        );
      return problems;
    }
    solved.add(id);
    const expect = step.expect;
    if (expect) {
      const has = (ids: string[] | undefined, open: (id: string) => boolean | undefined, what: string) => {
        for (const e of ids ?? []) {
          if (!open(e)) {
            push(
              ['steps', i, 'expect'],
              `After step ${i + 1} the ${what} "${e}" is not available yet: fix "expect", or the ${what}'s chapter, lockedBy or after.`,
            );
          }
        }
      };
      const ok = (r: string[]) => r.every((g) => solved.has(g));
      has(expect.files, (f) => files.has(f) && ok(req.bodyReq(files.get(f)!)), 'file');
      has(
        expect.clues,
        (c) => {
          const f = files.get(clues.get(c)?.source.file ?? '');
          return f && ok(req.bodyReq(f));
        },
        'clue',
      );
      has(expect.puzzles, (p) => req.gates.get(p)?.kind === 'puzzle' && ok(req.gateReq(p)), 'puzzle');
      has(
        expect.deductions,
        (d) => req.gates.get(d)?.kind === 'deduction' && ok(req.gateReq(d)),
        'deduction',
      );
      has(
        expect.chapters,
        (c) => req.chapterIndex.has(c) && ok(req.chapterReq[req.chapterIndex.get(c)!]!),
        'chapter',
      );
    }
  }
  const last = req.chapterDone[req.chapterDone.length - 1] ?? [];
  const left = last.filter((g) => !solved.has(g));
  if (left.length > 0)
    push(
      ['steps', Math.max(0, source.walkthrough.items.length - 1)],
      `The walkthrough ends before the last chapter is completed: add steps that solve ${left.map((g) => `"${g}"`).join(', ')}.`,
    );
  return problems;
}
