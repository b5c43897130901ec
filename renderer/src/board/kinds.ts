// How each card kind looks: an icon, a shape and a word, so kinds never differ by colour alone.
export interface KindStyle {
  label: string;
  /** A text glyph drawn beside the label; hidden from screen readers, which read the label. */
  icon: string;
  shape: 'rounded' | 'pill' | 'notched' | 'hex' | 'folded' | 'double' | 'square';
  /** A CSS variable name used for the stripe; the shape and label carry the meaning. */
  accent: string;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  person: { label: 'Person', icon: '☺', shape: 'pill', accent: '--teal' },
  place: { label: 'Place', icon: '⌖', shape: 'hex', accent: '--cyan' },
  event: { label: 'Event', icon: '◷', shape: 'notched', accent: '--amber' },
  object: { label: 'Object', icon: '◆', shape: 'square', accent: '--violet' },
  document: { label: 'Document', icon: '▤', shape: 'folded', accent: '--text-dim' },
  signature: { label: 'Signature', icon: '∿', shape: 'double', accent: '--ok' },
  note: { label: 'Note', icon: '✎', shape: 'rounded', accent: '--amber' },
};

export const CLUE_KIND_ORDER = ['person', 'place', 'event', 'object', 'document', 'signature'] as const;

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? { label: kind, icon: '•', shape: 'rounded', accent: '--text-dim' };
}
