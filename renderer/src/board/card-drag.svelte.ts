// The card being dragged, from the tray or across the board, so deduction slots can show whether they take it.

export interface DraggedCard {
  clueId: string;
  /** The clue kind, which decides the slots that take the card. */
  kind: string;
}

/** A slot's key in `over`: the deduction id and the slot name, as in the slot's `data-slot-drop`. */
export const slotKey = (deductionId: string, slot: string): string => `${deductionId}|${slot}`;

export class CardDrag {
  card = $state.raw<DraggedCard | null>(null);
  /** The slot under the pointer, by `slotKey`. */
  over = $state<string | null>(null);

  start(card: DraggedCard): void {
    this.card = card;
    this.over = null;
  }

  /** The pointer is over a slot, or over none (`null`). */
  hover(key: string | null): void {
    if (this.over !== key) this.over = key;
  }

  /** The pointer left this slot; a later slot it already entered keeps the highlight. */
  leave(key: string): void {
    if (this.over === key) this.over = null;
  }

  end(): void {
    this.card = null;
    this.over = null;
  }
}
