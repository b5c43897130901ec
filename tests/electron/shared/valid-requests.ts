// One valid request per contract call. The type makes adding a call without a sample a compile error.
import type { Method, RequestOf } from '../../../electron/shared/contract';

export const validRequests: { [M in Method]: RequestOf<M> } = {
  getAppInfo: undefined,
  getSettings: undefined,
  updateSettings: { fontScale: 1.2 },
  quit: undefined,
  listPacks: undefined,
  installPack: { fileName: 'case.rpack', base64: 'UEsDBA==' },
  removePack: { packId: 'my-case', keepSaves: true, confirm: true },
  lastPlayed: undefined,
  listSlots: { packId: 'my-case' },
  renameSlot: { packId: 'my-case', slotId: 'abc123', name: 'Second try' },
  deleteSlot: { packId: 'my-case', slotId: 'abc123', confirm: true },
  exportSlot: { packId: 'my-case', slotId: 'abc123' },
  importSlot: { packId: 'my-case', text: '{}' },
  resetPack: { packId: 'my-case', confirm: true },
  newGame: { packId: 'my-case', name: 'First' },
  openGame: { packId: 'my-case' },
  gameView: undefined,
  submitAnswer: { puzzleId: 'p-first', answer: 'lantern' },
  submitDeduction: { deductionId: 'd-who', submission: { fills: { who: 'c-kai' } } },
  takeHint: { gateId: 'p-first', rung: 'nudge', confirm: true },
  hintLedger: { chapterId: 'ch1' },
  focusGate: { gateId: 'p-first-light' },
  saveBoard: { nodes: [], edges: [], groups: [], notes: [], viewport: { x: 0, y: 0, zoom: 1 } },
  saveRecipe: { puzzleId: 'p-first', recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }] },
};
