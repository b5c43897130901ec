// Runs a chain of cipher steps, as the workbench does, and says which step failed and why.
import { isUserError } from '../result';
import { getCipher } from './index';
import type { Direction, RawParams } from './types';

export interface RecipeStep {
  readonly id: string;
  readonly direction: Direction;
  readonly params?: RawParams;
}

export type RecipeResult =
  | {
      readonly ok: true;
      readonly output: string;
      /** The text after each step, for showing intermediate results. */
      readonly outputs: readonly string[];
    }
  | {
      readonly ok: false;
      /** Index of the first failing step, counting from 0. */
      readonly index: number;
      /** The plain sentence saying what is wrong with that step. */
      readonly message: string;
      /** The text after each step that succeeded. */
      readonly outputs: readonly string[];
    };

/**
 * Feeds `input` through every step in order. A user mistake (bad parameter, undecodable input, unknown
 * id) stops the chain and is reported with its step index; any other error is a bug and is thrown.
 */
export function runRecipe(steps: readonly RecipeStep[], input: string): RecipeResult {
  const outputs: string[] = [];
  let text = input;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    try {
      const cipher = getCipher(step.id);
      text =
        step.direction === 'decrypt' ? cipher.decrypt(text, step.params) : cipher.encrypt(text, step.params);
    } catch (error) {
      if (isUserError(error)) return { ok: false, index, message: error.message, outputs };
      throw error;
    }
    outputs.push(text);
  }
  return { ok: true, output: text, outputs };
}
