// The workbench's live state: the input, the recipe of steps, and the output recomputed on every change.
import {
  coerceParam,
  findCipher,
  runRecipe,
  type Direction,
  type ParamSpec,
  type RecipeResult,
  type RecipeStep,
} from '@shared/ciphers/index';
import { isUserError } from '@shared/result';
import type { SavedRecipe } from '@shared/game-types';

/** With inputs longer than this, the output is recomputed after a pause in changes rather than on every key. */
export const LARGE_INPUT = 50_000;
const LARGE_INPUT_DELAY_MS = 300;

/** One step as the form shows it: parameter values are the text in each field. */
export interface WorkStep {
  readonly uid: number;
  readonly id: string;
  direction: Direction;
  params: Record<string, string>;
}

export type RunOutcome = RecipeResult | { readonly ok: false; readonly bug: true; readonly message: string };

const WHOLE_NUMBER = /^\s*[+-]?\d+\s*$/;

/** Form text as a saved value: whole numbers for integer fields when they are whole, the text otherwise. */
function savedValue(spec: ParamSpec | undefined, text: string): string | number {
  if (spec?.type === 'integer' && WHOLE_NUMBER.test(text)) {
    const value = Number(text.trim());
    if (Number.isSafeInteger(value)) return value;
  }
  return text;
}

export function toRecipeStep(step: WorkStep): RecipeStep {
  const specs = findCipher(step.id)?.params ?? [];
  const params: Record<string, string | number> = {};
  for (const [key, text] of Object.entries(step.params))
    params[key] = savedValue(
      specs.find((s) => s.key === key),
      text,
    );
  return { id: step.id, direction: step.direction, params };
}

/** The inline message for one field, straight from the library's validation, or undefined when it is fine. */
/** A field with no default left empty, as a key is when its step is added: it waits, it is not wrong. */
export function awaitsValue(spec: ParamSpec, text: string): boolean {
  return spec.default === '' && text.trim() === '';
}

export function fieldError(spec: ParamSpec, text: string): string | undefined {
  try {
    coerceParam(spec, text);
    return undefined;
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
}

function defaultsFor(id: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const spec of findCipher(id)?.params ?? []) params[spec.key] = String(spec.default);
  return params;
}

function safeRun(steps: readonly RecipeStep[], input: string): RunOutcome {
  try {
    return runRecipe(steps, input);
  } catch (error) {
    // A bug inside a cipher must not take the whole game screen down with it.
    console.error(error);
    return {
      ok: false,
      bug: true,
      message: 'This recipe hit a fault inside Resonance. Try another parameter, or remove the last step.',
    };
  }
}

export class WorkbenchState {
  input = $state('');
  /** The input the output was computed from; lags behind `input` only for large inputs. */
  settledInput = $state('');
  steps: WorkStep[] = $state([]);
  readonly recipe: SavedRecipe = $derived(this.steps.map(toRecipeStep));
  /** The recipe the output was computed from; lags behind `recipe` only for large inputs. */
  #settledRecipe: SavedRecipe = $state.raw([]);
  readonly result: RunOutcome = $derived(safeRun(this.#settledRecipe, this.settledInput));
  readonly pending = $derived(this.input !== this.settledInput || this.recipe !== this.#settledRecipe);

  #nextUid = 1;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onChange: (recipe: SavedRecipe) => void;

  constructor(input: string, saved: SavedRecipe, onChange: (recipe: SavedRecipe) => void) {
    this.input = input;
    this.settledInput = input;
    this.#onChange = onChange;
    this.steps = saved.map((step) => {
      const params = defaultsFor(step.id);
      for (const [key, value] of Object.entries(step.params ?? {}))
        if (typeof value === 'string' || typeof value === 'number') params[key] = String(value);
      return { uid: this.#nextUid++, id: step.id, direction: step.direction, params };
    });
    this.#settledRecipe = this.recipe;
  }

  /** The text that goes into step `index` (the input for the first step), or undefined if it was not reached. */
  textBefore(index: number): string | undefined {
    if (index === 0) return this.settledInput;
    const outputs = 'outputs' in this.result ? this.result.outputs : [];
    return outputs[index - 1];
  }

  /** The text after the last step that ran: the output, or what came before a failing step. */
  get lastText(): string {
    const outputs = 'outputs' in this.result ? this.result.outputs : [];
    return outputs.length > 0 ? outputs[outputs.length - 1]! : this.settledInput;
  }

  setInput(text: string): void {
    this.input = text;
    this.#settle();
  }

  /** Recomputes now for ordinary inputs; for large ones, once changes pause, so typing stays responsive. */
  #settle(): void {
    clearTimeout(this.#timer);
    const apply = () => {
      this.settledInput = this.input;
      this.#settledRecipe = this.recipe;
    };
    if (this.input.length <= LARGE_INPUT) apply();
    else this.#timer = setTimeout(apply, LARGE_INPUT_DELAY_MS);
  }

  indexOf(uid: number): number {
    return this.steps.findIndex((s) => s.uid === uid);
  }

  addStep(id: string, direction: Direction = 'decrypt', params: Record<string, string> = {}): number {
    const uid = this.#nextUid++;
    this.steps.push({ uid, id, direction, params: { ...defaultsFor(id), ...params } });
    this.#changed();
    return uid;
  }

  removeStep(uid: number): void {
    const index = this.indexOf(uid);
    if (index < 0) return;
    this.steps.splice(index, 1);
    this.#changed();
  }

  /** Moves a step up (-1) or down (+1); returns false when it is already at that end. */
  moveStep(uid: number, delta: -1 | 1): boolean {
    const index = this.indexOf(uid);
    const target = index + delta;
    if (index < 0 || target < 0 || target >= this.steps.length) return false;
    const [step] = this.steps.splice(index, 1);
    this.steps.splice(target, 0, step!);
    this.#changed();
    return true;
  }

  setDirection(uid: number, direction: Direction): void {
    const step = this.steps.find((s) => s.uid === uid);
    if (!step || step.direction === direction) return;
    step.direction = direction;
    this.#changed();
  }

  setParam(uid: number, key: string, text: string): void {
    const step = this.steps.find((s) => s.uid === uid);
    if (!step || step.params[key] === text) return;
    step.params[key] = text;
    this.#changed();
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  #changed(): void {
    this.#settle();
    this.#onChange($state.snapshot(this.recipe) as SavedRecipe);
  }
}
