// How each kind of vault file is shown: an icon and a word, so no kind rests on colour.
import type { FileKind } from '../../../electron/shared/pack/kinds';

export const FILE_KINDS: Record<FileKind, { icon: string; label: string }> = {
  message: { icon: '✉', label: 'Message' },
  log: { icon: '▤', label: 'Log' },
  chat: { icon: '☰', label: 'Chat' },
  memo: { icon: '✎', label: 'Memo' },
  transcript: { icon: '❝', label: 'Transcript' },
  signature: { icon: '∿', label: 'Signature readout' },
  image: { icon: '▣', label: 'Image' },
};

export const fileKind = (kind: string) => FILE_KINDS[kind as FileKind] ?? { icon: '•', label: kind };
