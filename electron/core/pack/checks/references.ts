// References between parts of the pack: chapters, scenes, gates and locks must name things that exist.
import { collector, type CheckContext } from './context';
import { didYouMean } from './suggest';
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';

export function checkReferences(ctx: CheckContext): Problem[] {
  const { source, req, scenes, puzzles } = ctx;
  const { meta, metaSrc } = source;
  const { problems, push } = collector();
  const checkChapter = (id: string, src: YamlSource | undefined, path: PropertyKey[]) => {
    if (!req.chapterIndex.has(id))
      push(
        src,
        path,
        `There is no chapter "${id}"${didYouMean(id, req.chapterIndex.keys())}: use one of ${[...req.chapterIndex.keys()].join(', ')}.`,
      );
  };
  const checkGates = (ids: string[], src: YamlSource | undefined, path: PropertyKey[]) => {
    ids.forEach((g, i) => {
      if (!req.gates.has(g))
        push(
          src,
          [...path, i],
          `There is no puzzle or deduction "${g}"${didYouMean(g, req.gates.keys())}: fix the id or add it to puzzles.yaml or deductions.yaml.`,
        );
    });
  };

  meta.chapters.forEach((c, i) => {
    for (const role of ['opening', 'closing'] as const) {
      if (!scenes.has(c[role]))
        push(
          metaSrc,
          ['chapters', i, role],
          `There is no scene "${c[role]}"${didYouMean(c[role], scenes.keys())}: create scenes/${c[role]}.md with "id: ${c[role]}" in its front matter.`,
        );
    }
    checkGates(c.completedBy, metaSrc, ['chapters', i, 'completedBy']);
  });
  const usedScenes = new Set(meta.chapters.flatMap((c) => [c.opening, c.closing]));
  for (const s of source.scenes) {
    if (!usedScenes.has(s.front.id))
      push(
        s.src,
        ['id'],
        `No chapter plays the scene "${s.front.id}": name it as a chapter's opening or closing in pack.yaml, or delete it.`,
        'warning',
      );
  }

  for (const f of source.files) {
    const fm = f.front;
    checkChapter(fm.chapter, f.src, ['chapter']);
    if (fm.lockedBy !== undefined && !puzzles.has(fm.lockedBy))
      push(
        f.src,
        ['lockedBy'],
        `There is no puzzle "${fm.lockedBy}"${didYouMean(fm.lockedBy, puzzles.keys())}: fix the id or add the puzzle to puzzles.yaml.`,
      );
    checkGates(fm.after, f.src, ['after']);
  }

  source.puzzles.items.forEach((p, i) => {
    checkChapter(p.chapter, source.puzzles.src, ['puzzles', i, 'chapter']);
    checkGates(p.after, source.puzzles.src, ['puzzles', i, 'after']);
  });
  source.deductions.items.forEach((d, i) => {
    checkChapter(d.chapter, source.deductions.src, ['deductions', i, 'chapter']);
    checkGates(d.after, source.deductions.src, ['deductions', i, 'after']);
  });
  return problems;
}
