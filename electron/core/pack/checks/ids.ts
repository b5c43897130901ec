// One id space for everything, so a reference is never ambiguous.
import type { Problem } from '../problems';
import type { YamlSource } from '../yaml-source';
import { collector, type CheckContext } from './context';

export function checkIds({ source }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const seen = new Map<string, string>();
  const claim = (id: string, what: string, src: YamlSource | undefined, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first)
      push(src, path, `The id "${id}" is already used by ${first}: give this ${what} a different id.`);
    else seen.set(id, `${what} in ${src?.file ?? 'pack.yaml'}`);
  };
  const { meta, metaSrc } = source;
  meta.chapters.forEach((c, i) => claim(c.id, 'chapter', metaSrc, ['chapters', i, 'id']));
  meta.linkTypes.forEach((l, i) => claim(l.id, 'link type', metaSrc, ['linkTypes', i, 'id']));
  source.scenes.forEach((s) => claim(s.front.id, 'scene', s.src, ['id']));
  source.files.forEach((f) => claim(f.front.id, 'file', f.src, ['id']));
  source.puzzles.items.forEach((p, i) => claim(p.id, 'puzzle', source.puzzles.src, ['puzzles', i, 'id']));
  source.clues.items.forEach((c, i) => claim(c.id, 'clue', source.clues.src, ['clues', i, 'id']));
  source.deductions.items.forEach((d, i) =>
    claim(d.id, 'deduction', source.deductions.src, ['deductions', i, 'id']),
  );
  return problems;
}
