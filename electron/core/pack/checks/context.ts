// What every check rule receives: the parsed source, its requirement graph, lookups and a way to report problems.
import type { Clue, Deduction, LinkType, Puzzle, SceneFrontMatter } from '@shared/pack/source-schema';
import type { PackSource, SourceMarkdown, SourceVaultFile } from '../load-source';
import type { Problem } from '../problems';
import { gateCycles, requirements, type Requirements } from '../requirements';
import { problemAt, type YamlSource } from '../yaml-source';

export interface CheckContext {
  source: PackSource;
  req: Requirements;
  scenes: Map<string, SourceMarkdown<SceneFrontMatter>>;
  files: Map<string, SourceVaultFile>;
  clues: Map<string, Clue>;
  puzzles: Map<string, Puzzle>;
  deductions: Map<string, Deduction>;
  linkTypes: Map<string, LinkType>;
  /** Dependency cycles among gates, found once because several rules must not blame their symptoms. */
  cycles: string[][];
  /** Whether to estimate puzzle answers' strength, the one slow measurement. */
  answerStrength: boolean;
}

/** One rule of the checker: reads the context, returns what it found. */
export type CheckRule = (ctx: CheckContext) => Problem[];

export function checkContext(source: PackSource, options: { answerStrength?: boolean } = {}): CheckContext {
  const req = requirements(source);
  return {
    source,
    req,
    scenes: new Map(source.scenes.map((s) => [s.front.id, s])),
    files: new Map(source.files.map((f) => [f.front.id, f])),
    clues: new Map(source.clues.items.map((c) => [c.id, c])),
    puzzles: new Map(source.puzzles.items.map((p) => [p.id, p])),
    deductions: new Map(source.deductions.items.map((d) => [d.id, d])),
    linkTypes: new Map(source.meta.linkTypes.map((l) => [l.id, l])),
    cycles: gateCycles(req),
    answerStrength: options.answerStrength ?? true,
  };
}

/** A problem at a field of a YAML source, or at the top of pack.yaml when the source is missing. */
export function problem(
  src: YamlSource | undefined,
  path: PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  if (src) return problemAt(src, path, message, severity);
  return { severity, file: 'pack.yaml', line: 1, col: 1, path: '', message };
}

/** A collector bound to one list, so rules read as a series of `push(...)` calls. */
export function collector(): {
  problems: Problem[];
  push: (
    src: YamlSource | undefined,
    path: PropertyKey[],
    message: string,
    severity?: Problem['severity'],
  ) => void;
} {
  const problems: Problem[] = [];
  return {
    problems,
    push: (src, path, message, severity = 'error') => problems.push(problem(src, path, message, severity)),
  };
}

export const looseText = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function gateLocation(
  source: PackSource,
  id: string,
): { src: YamlSource | undefined; path: PropertyKey[] } {
  const pi = source.puzzles.items.findIndex((p) => p.id === id);
  if (pi >= 0) return { src: source.puzzles.src, path: ['puzzles', pi, 'id'] };
  const di = source.deductions.items.findIndex((d) => d.id === id);
  return { src: source.deductions.src, path: ['deductions', di, 'id'] };
}

export function isAfterOfAnything(source: PackSource, id: string): boolean {
  return (
    source.files.some((f) => f.front.after.includes(id)) ||
    source.puzzles.items.some((p) => p.after.includes(id)) ||
    source.deductions.items.some((d) => d.after.includes(id))
  );
}
