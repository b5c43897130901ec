// How each card kind looks: an icon, a shape and a word, so kinds never differ by colour alone.
import { CLUE_KINDS, type ClueKind } from '@shared/pack/kinds';

export interface KindStyle {
  label: string;
  /** A text glyph drawn beside the label; hidden from screen readers, which read the label. */
  icon: string;
  shape: 'rounded' | 'pill' | 'notched' | 'hex' | 'folded' | 'double' | 'square';
  /** A CSS variable name used for the stripe; the shape and label carry the meaning. */
  accent: string;
}

/** Every clue kind must have a style: adding a kind to the shared list without one fails the type check. */
export const KIND_STYLES: Record<ClueKind | 'note', KindStyle> = {
  person: { label: 'Person', icon: '☺', shape: 'pill', accent: '--teal' },
  place: { label: 'Place', icon: '⌖', shape: 'hex', accent: '--cyan' },
  event: { label: 'Event', icon: '◷', shape: 'notched', accent: '--amber' },
  object: { label: 'Object', icon: '◆', shape: 'square', accent: '--violet' },
  document: { label: 'Document', icon: '▤', shape: 'folded', accent: '--text-dim' },
  signature: { label: 'Signature', icon: '∿', shape: 'double', accent: '--ok' },
  note: { label: 'Note', icon: '✎', shape: 'rounded', accent: '--amber' },
};

/** The clue kinds in the order the board lists them: the pack format's own order. */
export const CLUE_KIND_ORDER = CLUE_KINDS;

export function kindStyle(kind: string): KindStyle {
  return (
    KIND_STYLES[kind as ClueKind | 'note'] ?? {
      label: kind,
      icon: '•',
      shape: 'rounded',
      accent: '--text-dim',
    }
  );
}
