// Figures for the save system: writing and reading a slot whose board holds 1,000 cards, directly and as
// the window's saveBoard call (the reply the window waits for, and the deferred write after it).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import { buildPack } from '@core/pack/seal-pack';
import { scaffold } from '@core/pack/scaffold';
import { SaveService } from '@core/saves/save-service';
import type { BoardState } from '@shared/game-types';
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

    yield* boardCall(folder, fresh(folder).loadSlot(PACK, id).slot.board as BoardState);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const fresh = (folder: string) => new SaveService({ stores: confStoreFactory(folder) });

/** The window's saveBoard call with 1,000 cards: the reply on the main thread, then the deferred write. */
async function* boardCall(folder: string, board: BoardState): AsyncIterable<Figure> {
  const source = join(folder, 'relay-inbox');
  await scaffold(source);
  const packs = join(folder, 'packs');
  mkdirSync(packs);
  writeFileSync(join(packs, 'relay-inbox.rpack'), (await buildPack(source, { cost: 'fast' })).bytes);
  const data = join(folder, 'data');
  const core = createGameCore({
    stores: confStoreFactory(data),
    log: memoryLogger(),
    builtinPacksDir: packs,
    host: {
      info: {
        version: 'bench',
        platform: process.platform,
        canQuit: false,
        logFolder: data,
        dataFolder: data,
      },
      quit: () => undefined,
    },
  });
  core.session.newGame('relay-inbox');
  const replies: number[] = [];
  const writes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const moved = { ...board, nodes: board.nodes.map((n, i) => (i === run ? { ...n, x: n.x + 10 } : n)) };
    let start = performance.now();
    const result = await core.router.call('saveBoard', moved);
    replies.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
    start = performance.now();
    core.saves.flush();
    writes.push(performance.now() - start);
  }
  core.session.close();
  core.dispose();
  yield {
    name: 'saveBoard call with 1,000 cards: main-thread time until the reply (median)',
    value: round(median(replies)),
    unit: 'ms',
  };
  yield {
    name: 'saveBoard call with 1,000 cards: the deferred write after the reply (median)',
    value: round(median(writes)),
    unit: 'ms',
  };
}
