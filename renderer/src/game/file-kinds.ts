// How each kind of vault file is named; its icon is drawn by KindIcon, so no kind rests on colour or fonts.
import type { FileKind } from '@shared/pack/kinds';

export const FILE_KINDS: Record<FileKind, { label: string }> = {
  message: { label: 'Message' },
  log: { label: 'Log' },
  chat: { label: 'Chat' },
  memo: { label: 'Memo' },
  transcript: { label: 'Transcript' },
  signature: { label: 'Signature readout' },
  image: { label: 'Image' },
};

export const fileKind = (kind: string) => FILE_KINDS[kind as FileKind] ?? { label: kind };
