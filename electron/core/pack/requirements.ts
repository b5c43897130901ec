// Which gates must be solved before each part of a pack becomes available, and what a set of solved gates opens.
import type { Deduction, Puzzle } from '@shared/pack/source-schema';
import type { PackSource, SourceVaultFile } from './load-source';

export type Gate = { kind: 'puzzle'; def: Puzzle } | { kind: 'deduction'; def: Deduction };

export interface Requirements {
  gates: Map<string, Gate>;
  chapterIndex: Map<string, number>;
  /** Gates that open chapter i: every completedBy of the chapters before it. */
  chapterReq: string[][];
  /** Gates after which chapter i counts as completed. */
  chapterDone: string[][];
  gateReq(id: string): string[];
  fileReq(file: SourceVaultFile): string[];
  bodyReq(file: SourceVaultFile): string[];
  /** Every gate that must be solved before the given set can all be solved, the set included. */
  closure(req: readonly string[]): Set<string>;
}

export const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

export function requirements(source: PackSource): Requirements {
  const gates = new Map<string, Gate>();
  for (const p of source.puzzles.items) if (!gates.has(p.id)) gates.set(p.id, { kind: 'puzzle', def: p });
  for (const d of source.deductions.items)
    if (!gates.has(d.id)) gates.set(d.id, { kind: 'deduction', def: d });
  const chapterIndex = new Map(source.meta.chapters.map((c, i) => [c.id, i]));
  const chapterReq: string[][] = [];
  const chapterDone: string[][] = [];
  let acc: string[] = [];
  for (const chapter of source.meta.chapters) {
    chapterReq.push(acc);
    acc = sortedUnique([...acc, ...chapter.completedBy]);
    chapterDone.push(acc);
  }
  const openReq = (chapter: string): string[] => chapterReq[chapterIndex.get(chapter) ?? 0] ?? [];
  const gateReq = (id: string): string[] => {
    const gate = gates.get(id);
    return gate ? sortedUnique([...openReq(gate.def.chapter), ...gate.def.after]) : [];
  };
  const fileReq = (f: SourceVaultFile): string[] =>
    sortedUnique([...openReq(f.front.chapter), ...f.front.after]);
  const bodyReq = (f: SourceVaultFile): string[] =>
    sortedUnique([...fileReq(f), ...(f.front.lockedBy ? [f.front.lockedBy] : [])]);
  const closure = (req: readonly string[]): Set<string> => {
    const out = new Set<string>();
    const stack = [...req];
    while (stack.length > 0) {
      const g = stack.pop()!;
      if (out.has(g)) continue;
      out.add(g);
      stack.push(...gateReq(g));
    }
    return out;
  };
  return { gates, chapterIndex, chapterReq, chapterDone, gateReq, fileReq, bodyReq, closure };
}

/** Solves every gate that becomes available, repeatedly, as a player who solves everything would. */
export function reachableGates(req: Requirements): Set<string> {
  const solved = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const id of req.gates.keys()) {
      if (!solved.has(id) && req.gateReq(id).every((g) => solved.has(g))) {
        solved.add(id);
        changed = true;
      }
    }
  }
  return solved;
}

/** Finds dependency cycles among gates (each listed once, starting at its smallest id). */
export function gateCycles(req: Requirements): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const dfs = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of req.gateReq(id)) {
      if (!req.gates.has(next)) continue;
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const min = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(min), ...cycle.slice(0, min)];
        cycles.set(rotated.join('>'), rotated);
      } else if (s === undefined) dfs(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...req.gates.keys()].sort()) if (!state.has(id)) dfs(id);
  return [...cycles.values()];
}
