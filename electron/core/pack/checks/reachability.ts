// Reachability: every gate, chapter and file can be reached; locked files wait for their puzzle; puzzles unlock something.
import type { SourceVaultFile } from '../load-source';
import type { Problem } from '../problems';
import { reachableGates } from '../requirements';
import { collector, gateLocation, isAfterOfAnything, type CheckContext } from './context';

export function checkReachability({ source, req, cycles }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const { meta, metaSrc } = source;
  const reached = reachableGates(req);
  for (const id of req.gates.keys()) {
    if (reached.has(id) || cycles.some((c) => c.includes(id))) continue;
    const at = gateLocation(source, id);
    const blockers = req.gateReq(id).filter((g) => !reached.has(g));
    push(
      at.src,
      at.path,
      `The player can never reach "${id}": it waits for ${blockers.map((g) => `"${g}"`).join(', ')}, which can never be solved. Fix its chapter or "after" list.`,
    );
  }
  meta.chapters.forEach((c, i) => {
    if (!req.chapterReq[i]!.every((g) => reached.has(g)))
      push(
        metaSrc,
        ['chapters', i, 'id'],
        `The chapter "${c.id}" can never open, because the chapters before it cannot all be completed: fix their completedBy gates.`,
      );
  });
  for (const f of source.files) {
    if (req.chapterIndex.has(f.front.chapter) && !req.bodyReq(f).every((g) => reached.has(g)))
      push(
        f.src,
        ['id'],
        `The file "${f.front.id}" can never be read, because it waits for a gate the player cannot solve: fix its chapter, lockedBy or after.`,
      );
  }
  for (const f of source.files) {
    const p = f.front.lockedBy;
    if (!p || !req.gates.has(p)) continue;
    const shown = req.closure(req.fileReq(f));
    const waits = req.gateReq(p).filter((g) => !shown.has(g));
    if (waits.length > 0)
      push(
        f.src,
        ['lockedBy'],
        `The file "${f.front.id}" appears before its puzzle "${p}" opens (that waits for ${waits.map((g) => `"${g}"`).join(', ')}), so the player sees ciphertext they cannot answer yet: give the file the same chapter and "after" as the puzzle.`,
        'warning',
      );
  }
  const lockedFor = new Map<string, SourceVaultFile[]>();
  for (const f of source.files)
    if (f.front.lockedBy) lockedFor.set(f.front.lockedBy, [...(lockedFor.get(f.front.lockedBy) ?? []), f]);
  source.puzzles.items.forEach((p, i) => {
    if (
      !lockedFor.has(p.id) &&
      !meta.chapters.some((c) => c.completedBy.includes(p.id)) &&
      !isAfterOfAnything(source, p.id)
    )
      push(
        source.puzzles.src,
        ['puzzles', i, 'id'],
        `Solving "${p.id}" unlocks nothing: lock a file with it (lockedBy: ${p.id}), list it in a chapter's completedBy or in an "after" list.`,
        'warning',
      );
  });
  return problems;
}
