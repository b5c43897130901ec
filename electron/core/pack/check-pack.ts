// Checks a pack source for meaning by running each rule of checks/ over it, in an order that avoids knock-on reports.
import { checkAnswerLeaks } from './checks/answer-leaks';
import { checkClues } from './checks/clues';
import { checkContext, type CheckRule } from './checks/context';
import { checkCycles } from './checks/cycles';
import { checkDeductions } from './checks/deductions';
import { checkFairness } from './checks/fairness';
import { checkFiles } from './checks/files';
import { checkIds } from './checks/ids';
import { checkPlantedKeys } from './checks/planted-keys';
import { checkPuzzles } from './checks/puzzles';
import { checkRaces } from './checks/races';
import { checkReachability } from './checks/reachability';
import { checkReferences } from './checks/references';
import { checkStrength, gateStrengths, type GateStrength } from './checks/strength';
import { checkWalkthrough } from './checks/walkthrough';
import { loadSource, type PackSource } from './load-source';
import { hasErrors, sortProblems, type Problem } from './problems';

export interface CheckResult {
  problems: Problem[];
  /** The parsed source, when every file passed its schema. */
  source: PackSource | undefined;
  /** How hard each gate is to brute-force offline, when the pack's structure is sound enough to say. */
  strengths?: GateStrength[];
}

/** Rules about the pack's structure; when any of them finds an error, the later rules would only echo it. */
const STRUCTURE: CheckRule[] = [
  checkIds,
  checkReferences,
  checkFiles,
  checkPuzzles,
  checkRaces,
  checkClues,
  checkCycles,
  checkDeductions,
];

/** Rules about play, which assume a well-formed graph. */
const PLAY: CheckRule[] = [
  checkReachability,
  checkPlantedKeys,
  checkAnswerLeaks,
  checkFairness,
  checkStrength,
  checkWalkthrough,
];

export interface CheckOptions {
  /**
   * Estimate every puzzle answer's strength and return the strength table. It is the slowest rule, about two
   * seconds for a large campaign. By default it runs when the pack's `checks.strength` is not `off`; `true`
   * always runs it (the command line's table), `false` never (a loop that checks on every save).
   */
  strength?: boolean;
}

/** Loads and checks a pack folder; never throws for problems inside the pack, only for a missing folder. */
export async function checkPack(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const { source, problems } = await loadSource(dir);
  if (!source) return { problems: sortProblems(problems), source };
  const checked = runChecks(source, options);
  problems.push(...checked.problems);
  return {
    problems: sortProblems(problems),
    source,
    ...(checked.strengths ? { strengths: checked.strengths } : {}),
  };
}

export function checkSource(source: PackSource, options: CheckOptions = {}): Problem[] {
  return runChecks(source, options).problems;
}

function runChecks(
  source: PackSource,
  options: CheckOptions,
): { problems: Problem[]; strengths?: GateStrength[] } {
  const measure = options.strength ?? source.meta.checks.strength !== 'off';
  const ctx = checkContext(source, { answerStrength: measure });
  const problems = STRUCTURE.flatMap((rule) => rule(ctx));
  if (hasErrors(problems)) return { problems };
  const all = [...problems, ...PLAY.flatMap((rule) => rule(ctx))];
  return measure ? { problems: all, strengths: gateStrengths(ctx) } : { problems: all };
}
