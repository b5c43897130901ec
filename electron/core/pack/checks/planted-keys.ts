// Solvability of keyed puzzles: the key must be readable somewhere before the puzzle.
import type { Problem } from '../problems';
import { collector, looseText, type CheckContext } from './context';

export function checkPlantedKeys({ source, req }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const { meta } = source;
  source.puzzles.items.forEach((p, i) => {
    const key = p.params['key'] ?? p.params['passphrase'];
    if (typeof key !== 'string' || key.trim() === '' || p.keyless) return;
    const before = req.closure(req.gateReq(p.id));
    const readable = [
      ...source.files
        .filter((f) => req.bodyReq(f).every((g) => before.has(g)) && f.front.lockedBy !== p.id)
        .map((f) => f.body + ' ' + f.front.title),
      ...source.scenes
        .filter((s) =>
          meta.chapters.some((c, ci) =>
            (c.opening === s.front.id
              ? req.chapterReq[ci]!
              : c.closing === s.front.id
                ? req.chapterDone[ci]!
                : ['\u0000']
            ).every((g) => before.has(g)),
          ),
        )
        .map((s) => s.body),
      ...source.puzzles.items.filter((q) => before.has(q.id)).map((q) => q.plaintext),
    ];
    const needle = looseText(key);
    if (!readable.some((t) => looseText(t).includes(needle)))
      push(
        source.puzzles.src,
        ['puzzles', i, 'params'],
        `The key "${key}" of "${p.id}" appears nowhere the player can read before this puzzle: plant it in an earlier file or scene so it can be found, not guessed (or, if the player is meant to break it with the workbench's analysis, say so with "keyless: true").`,
        'warning',
      );
  });
  return problems;
}
