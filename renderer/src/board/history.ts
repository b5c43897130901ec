// Undo and redo over whole board snapshots; cheap because nodes and edges are replaced, never mutated.
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  constructor(private readonly limit = 200) {}

  /** Remember `before` so that the change that follows can be undone. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
