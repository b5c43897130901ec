// Deductions: sentences and slots that agree, cards of the right kind that are on the board in time.
import type { Problem } from '../problems';
import { LIMITS } from '../limits';
import { fillCombinations } from '../derive';
import { collector, type CheckContext } from './context';
import { didYouMean } from './suggest';

export function checkDeductions({ source, req, clues, files, linkTypes, cycles }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const deductionsSrc = source.deductions.src;
  source.deductions.items.forEach((d, i) => {
    const at = (...path: PropertyKey[]) => ['deductions', i, ...path];
    const before = req.closure(req.gateReq(d.id));
    const inCycle = cycles.some((c) => c.includes(d.id));
    // Unknown gates are reported as broken references already; do not repeat them here.
    const notYet = (clueId: string): string[] => {
      const c = clues.get(clueId);
      const f = c && files.get(c.source.file);
      return !f || inCycle ? [] : req.bodyReq(f).filter((g) => req.gates.has(g) && !before.has(g));
    };
    const checkClue = (clueId: string, path: PropertyKey[], kind?: string) => {
      const c = clues.get(clueId);
      if (!c) {
        push(
          deductionsSrc,
          path,
          `There is no clue "${clueId}"${didYouMean(clueId, clues.keys())}: fix the id or add the card to clues.yaml.`,
        );
        return;
      }
      if (kind && c.kind !== kind)
        push(
          deductionsSrc,
          path,
          `The clue "${clueId}" is a ${c.kind} card, but this slot takes a ${kind}: change the slot kind or the answer.`,
        );
      const missing = notYet(clueId);
      if (missing.length > 0) {
        push(
          deductionsSrc,
          path,
          `The clue "${clueId}" may not be on the board when "${d.id}" opens, because it needs ${missing.map((g) => `"${g}"`).join(', ')} solved first: add ${missing.length > 1 ? 'them' : 'it'} to the deduction's "after" list.`,
        );
      }
    };
    if (d.kind === 'fill') {
      const names = [...d.sentence.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
      for (const n of names)
        if (!(n in d.slots))
          push(
            deductionsSrc,
            at('sentence'),
            `The sentence uses {${n}} but "slots" has no "${n}": add the slot or fix the name.`,
          );
      for (const n of Object.keys(d.slots))
        if (!names.includes(n))
          push(
            deductionsSrc,
            at('slots', n),
            `The slot "${n}" does not appear in the sentence: write {${n}} in the sentence or remove the slot.`,
          );
      if (Object.keys(d.slots).length < 3)
        push(
          deductionsSrc,
          at('slots'),
          'A fill deduction needs at least three slots, so single guesses teach nothing: add slots.',
        );
      for (const [name, slot] of Object.entries(d.slots)) {
        const ids = Array.isArray(slot.answer) ? slot.answer : [slot.answer];
        ids.forEach((id, j) =>
          checkClue(
            id,
            Array.isArray(slot.answer) ? at('slots', name, 'answer', j) : at('slots', name, 'answer'),
            slot.kind,
          ),
        );
      }
      if (fillCombinations(d.slots).length > LIMITS.maxAnswerCombinations)
        push(
          deductionsSrc,
          at('slots'),
          `The accepted clue ids combine into more than ${LIMITS.maxAnswerCombinations} answers: accept fewer alternatives per slot.`,
        );
    } else {
      d.links.forEach((l, j) => {
        checkClue(l.from, at('links', j, 'from'));
        checkClue(l.to, at('links', j, 'to'));
        if (!linkTypes.has(l.type))
          push(
            deductionsSrc,
            at('links', j, 'type'),
            `There is no link type "${l.type}"${didYouMean(l.type, linkTypes.keys())}: add it to linkTypes in pack.yaml or use one of ${[...linkTypes.keys()].join(', ') || '(none yet)'}.`,
          );
      });
    }
  });
  return problems;
}
