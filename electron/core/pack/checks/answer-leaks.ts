// Answers must not be given away by the pack and chapter titles a player reads before solving.
import { normaliseAnswer } from '@shared/answers/normalise';
import type { Problem } from '../problems';
import { collector, type CheckContext } from './context';

export function checkAnswerLeaks({ source, req }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const { meta } = source;
  source.puzzles.items.forEach((p, i) => {
    const before = req.closure(req.gateReq(p.id));
    const titles: [string, string][] = [
      ['the pack title', meta.title],
      ['the pack description', meta.description],
      ...meta.chapters
        .filter((_c, ci) => req.chapterReq[ci]!.every((g) => before.has(g)))
        .flatMap((c): [string, string][] => [
          [`the title of chapter ${c.id}`, c.title],
          [`the summary of chapter ${c.id}`, c.summary],
        ]),
    ];
    const words = (t: string) => ` ${normaliseAnswer(t, { keepSpaces: true })} `;
    for (const a of p.answers) {
      const n = normaliseAnswer(a, { keepSpaces: true });
      if (n.length < 3) continue;
      const hit = titles.find(([, t]) => words(t).includes(` ${n} `));
      if (hit) {
        push(
          source.puzzles.src,
          ['puzzles', i, 'answers'],
          `The answer "${a}" of "${p.id}" is readable in ${hit[0]} before the puzzle is solved: reword that title or choose another answer.`,
          'warning',
        );
        break;
      }
    }
  });
  return problems;
}
