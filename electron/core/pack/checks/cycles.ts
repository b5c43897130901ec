// Unlock cycles: gates that wait for each other, located where the author can break the loop.
import type { Problem } from '../problems';
import { collector, gateLocation, type CheckContext } from './context';

export function checkCycles({ source, req, cycles }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const { meta, metaSrc } = source;
  const chapterOf = (id: string): number => req.chapterIndex.get(req.gates.get(id)?.def.chapter ?? '') ?? -1;
  /** The earliest chapter before `waiter`'s own whose completedBy lists `gate`, if that is why `waiter` waits. */
  const completedByEdge = (waiter: string, gate: string): number | undefined => {
    const own = chapterOf(waiter);
    const ci = meta.chapters.findIndex((c, i) => i < own && c.completedBy.includes(gate));
    return ci >= 0 ? ci : undefined;
  };
  // Two cycles through one completedBy entry are one mistake: report it once.
  const reported = new Set<string>();
  for (const cycle of cycles) {
    const first = cycle[0]!;
    // In a cycle each gate waits for the next one; an edge made by completedBy is the one to cut.
    const edge = cycle
      .map((waiter, k) => ({ waiter, gate: cycle[(k + 1) % cycle.length]! }))
      .map((e) => ({ ...e, chapter: completedByEdge(e.waiter, e.gate) }))
      .find((e) => e.chapter !== undefined);
    if (edge?.chapter !== undefined) {
      const chapter = meta.chapters[edge.chapter]!;
      if (reported.has(`${edge.chapter}:${edge.gate}`)) continue;
      reported.add(`${edge.chapter}:${edge.gate}`);
      const own = meta.chapters[chapterOf(edge.gate)]?.id ?? '?';
      const chain = cycle.length === 1 ? '' : ` (the chain is ${[...cycle, first].join(' -> ')})`;
      push(
        metaSrc,
        ['chapters', edge.chapter, 'completedBy', chapter.completedBy.indexOf(edge.gate)],
        `Chapter "${chapter.id}" is completed by "${edge.gate}", but "${edge.gate}" can only open after chapter "${chapter.id}" is completed, since it belongs to chapter "${own}"${chain}: list in completedBy only gates of that chapter or an earlier one, or move "${edge.gate}" to chapter "${chapter.id}".`,
      );
      continue;
    }
    const at = gateLocation(source, first);
    if (cycle.length === 1) {
      push(
        at.src,
        [...at.path.slice(0, -1), 'after'],
        `"${first}" lists itself in "after", so it can never open: remove it from its own "after" list.`,
      );
      continue;
    }
    push(
      at.src,
      at.path,
      `These gates wait for each other, so none can ever open: ${[...cycle, first].join(' -> ')}. Remove one of them from another's "after" (or move a completedBy gate to its own chapter).`,
    );
  }
  return problems;
}
