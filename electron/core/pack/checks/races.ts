// Races: a chapter's shared clock must run over puzzles of that chapter, each in one race only and none with a
// clock of its own.
import { collector, type CheckContext } from './context';
import { didYouMean } from './suggest';
import type { Problem } from '../problems';

export function checkRaces(ctx: CheckContext): Problem[] {
  const { source, puzzles } = ctx;
  const { meta, metaSrc } = source;
  const { problems, push } = collector();
  const raceOfStep = new Map<string, string>();

  meta.chapters.forEach((chapter, ci) => {
    if (!chapter.race) return;
    const path = ['chapters', ci, 'race', 'steps'];
    chapter.race.steps.forEach((id, si) => {
      const puzzle = puzzles.get(id);
      if (!puzzle) {
        push(
          metaSrc,
          [...path, si],
          `There is no puzzle "${id}"${didYouMean(id, puzzles.keys())}: a race's steps are puzzle ids from puzzles.yaml.`,
        );
        return;
      }
      if (puzzle.chapter !== chapter.id)
        push(
          metaSrc,
          [...path, si],
          `The puzzle "${id}" belongs to chapter "${puzzle.chapter}", not "${chapter.id}": a race runs within its own chapter, so move the step or the puzzle.`,
        );
      const earlier = raceOfStep.get(id);
      if (earlier !== undefined)
        push(
          metaSrc,
          [...path, si],
          earlier === chapter.id
            ? `The puzzle "${id}" is listed twice in this race: list each step once.`
            : `The puzzle "${id}" is already a step of the race in chapter "${earlier}": a puzzle runs in one race at most.`,
        );
      raceOfStep.set(id, chapter.id);
      if (puzzle.timer !== undefined && earlier === undefined) {
        const pi = source.puzzles.items.findIndex((p) => p.id === id);
        push(
          source.puzzles.src,
          ['puzzles', pi, 'timer'],
          `The puzzle "${id}" is a step of the race in chapter "${chapter.id}", which keeps the time for all its steps: remove its timer.`,
        );
      }
    });
  });
  return problems;
}
