// Problems found in a pack source, each located at file:line:col with a sentence that says how to fix it.

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the pack folder, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
  /** Dotted path of the field inside the file, e.g. `puzzles[0].answers`. */
  path: string;
  message: string;
}

export interface Position {
  line: number;
  col: number;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');

/** The one-line form `file:line:col: message` used by the command line. */
export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}:${p.col}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}
