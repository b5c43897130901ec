// How each card kind looks: a shape and a word (its icon is drawn by KindIcon), so kinds never differ by colour alone.
import { CLUE_KINDS, type ClueKind } from '@shared/pack/kinds';

export interface KindStyle {
  label: string;
  shape: 'rounded' | 'pill' | 'notched' | 'hex' | 'folded' | 'double' | 'square';
  /** A CSS variable name used for the stripe; the shape and label carry the meaning. */
  accent: string;
}

/** Every clue kind must have a style: adding a kind to the shared list without one fails the type check. */
export const KIND_STYLES: Record<ClueKind | 'note', KindStyle> = {
  person: { label: 'Person', shape: 'pill', accent: '--teal' },
  place: { label: 'Place', shape: 'hex', accent: '--cyan' },
  event: { label: 'Event', shape: 'notched', accent: '--amber' },
  object: { label: 'Object', shape: 'square', accent: '--violet' },
  document: { label: 'Document', shape: 'folded', accent: '--text-dim' },
  signature: { label: 'Signature', shape: 'double', accent: '--ok' },
  note: { label: 'Note', shape: 'rounded', accent: '--amber' },
};

/** The clue kinds in the order the board lists them: the pack format's own order. */
export const CLUE_KIND_ORDER = CLUE_KINDS;

export function kindStyle(kind: string): KindStyle {
  return (
    KIND_STYLES[kind as ClueKind | 'note'] ?? {
      label: kind,

      shape: 'rounded',
      accent: '--text-dim',
    }
  );
}
