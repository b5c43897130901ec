// Cards dragged on the board: from the tray onto the canvas, or across the canvas, where a move goes through
// undo and a card let go over a deduction slot fills it and goes back where it was. While a card is
// dragged, `card` tells the slots what is coming.
import type { BoardModel } from './board-model.svelte';
import { pointOf, slotAt } from './board-dom';
import { isCard, nodeTitle, type BoardFlowNode, type LinkEdge } from './board-graph';
import { CardDrag } from './card-drag.svelte';

export class NodeDrag {
  /** The card being dragged, from the tray or across the canvas, for the deduction slots. */
  readonly card = new CardDrag();
  #before: { nodes: BoardFlowNode[]; edges: LinkEdge[] } | undefined;

  constructor(private readonly model: BoardModel) {}

  /** The clue of a tray card dropped on the canvas, or undefined for anything else dropped there. */
  droppedClue(event: DragEvent): string | undefined {
    const clueId = event.dataTransfer?.getData('text/x-resonance-clue');
    if (clueId) event.preventDefault();
    return clueId || undefined;
  }

  start(target: BoardFlowNode | null): void {
    this.#before = { nodes: this.model.nodes, edges: this.model.edges };
    if (target && isCard(target)) this.card.start({ clueId: target.data.clueId, kind: target.data.kind });
  }

  /** Svelte Flow drags with the mouse, not HTML drag and drop: the slot under the pointer is looked up here. */
  move(event: MouseEvent | TouchEvent): void {
    if (this.card.card) this.card.hover(slotAt(pointOf(event))?.dataset.slotDrop ?? null);
  }

  stop(event: MouseEvent | TouchEvent, target: BoardFlowNode | null, moved: BoardFlowNode[]): void {
    this.card.end();
    const before = this.#before;
    this.#before = undefined;
    if (!before) return;
    const slot = target && isCard(target) ? slotAt(pointOf(event)) : undefined;
    if (slot && target && isCard(target)) {
      // Dropped on a deduction slot: fill it, and put the card back where it was.
      this.model.restore(before);
      slot.dispatchEvent(new CustomEvent('boardcarddrop', { detail: target.data.clueId }));
      return;
    }
    if (before.nodes === this.model.nodes) return;
    this.model.commitDrag(before, moved.map(nodeTitle));
  }
}
