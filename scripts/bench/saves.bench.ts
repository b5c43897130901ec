// Figures for the save system: writing and reading a slot whose board holds 1,000 cards.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confStoreFactory } from '../../electron/core/conf-store';
import { SaveService } from '../../electron/core/saves/save-service';
import { median, round, type Figure } from './figure';

const PACK = 'bench-pack';
const CARDS = 1_000;
const RUNS = 30;

export default async function* saves(): AsyncIterable<Figure> {
  const folder = mkdtempSync(join(tmpdir(), 'resonance-bench-saves-'));
  try {
    const service = new SaveService({ stores: confStoreFactory(folder) });
    const { id } = service.createSlot(PACK, 'Bench');
    service.updateSlot(PACK, id, (slot) => {
      for (let i = 0; i < CARDS; i++) {
        slot.board.nodes.push({
          id: `card-${i}`,
          kind: i % 5 === 0 ? 'note' : 'clue',
          clueId: `clue-${i}`,
          text: `Card ${i}: the ferry left the harbour at 04:17 and nobody logged the return trip.`,
          x: (i % 40) * 220,
          y: Math.floor(i / 40) * 140,
        });
        if (i > 0)
          slot.board.edges.push({
            id: `edge-${i}`,
            from: `card-${i - 1}`,
            to: `card-${i}`,
            type: 'supports',
          });
      }
    });

    const writes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      service.updateSlot(PACK, id, (slot) => {
        slot.board.nodes[run]!.x += 10;
      });
      writes.push(performance.now() - start);
    }
    yield { name: 'save a board of 1,000 cards (median)', value: round(median(writes)), unit: 'ms' };

    const reads: number[] = [];
    for (let run = 0; run < 10; run++) {
      const fresh = new SaveService({ stores: confStoreFactory(folder) });
      const start = performance.now();
      fresh.loadSlot(PACK, id);
      reads.push(performance.now() - start);
    }
    yield {
      name: 'load a board of 1,000 cards from 6 copies (median)',
      value: round(median(reads)),
      unit: 'ms',
    };

    const size = statSync(join(folder, `saves.${PACK}.slot.${id}.0.json`)).size;
    yield { name: 'one save copy of a board of 1,000 cards', value: round(size / 1024, 1), unit: 'KiB' };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
