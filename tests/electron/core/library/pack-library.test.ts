// The pack library over real sealed packs: one bad pack file or unreadable save list never breaks the
// others, each is listed with its problem and a way to remove it, and ids are held to 64 characters.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { createGameCore, type GameCore } from '@core/game-core';
import { memoryLogger } from '@core/logger';
import { checksumOf } from '@core/saves/checksum';
import type { PackSummary } from '@shared/contract';
import { PACK, sealVariant } from './packs';

const LONG_ID = `relay-${'x'.repeat(70)}`;
let good: Uint8Array;
let longId: Uint8Array;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-library-test-'));
  good = await sealVariant();
  longId = await sealVariant({ id: LONG_ID });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dataDir: string;
let core: GameCore;
beforeEach(() => {
  dataDir = mkdtempSync(join(work, 'data-'));
  mkdirSync(join(dataDir, 'builtin'));
  core = createGameCore({
    stores: confStoreFactory(dataDir, memoryLogger()),
    log: memoryLogger(),
    builtinPacksDir: join(dataDir, 'builtin'),
    host: {
      info: { version: 't', platform: 'linux', canQuit: false, logFolder: dataDir, dataFolder: dataDir },
      quit: () => undefined,
    },
  });
});

async function listed(): Promise<PackSummary[]> {
  const result = await core.router.call('listPacks', undefined);
  if (!result.ok) throw new Error(result.message);
  return result.value as PackSummary[];
}

describe('the pack library', () => {
  it('refuses a pack id longer than 64 characters at install, saying the limit and how to fix it', async () => {
    const result = await core.router.call('installPack', { fileName: 'long.rpack', bytes: longId });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-pack',
      message: expect.stringMatching(
        /^This pack's id "relay-x+" cannot be installed: a pack id is at most 64 lowercase letters, .*Ask its author to rename the pack\.$/,
      ),
    });
    expect(await listed()).toEqual([]);
  });

  it('lists a damaged or over-long pack file as damaged beside the good ones, and removes it on request', async () => {
    const installed = join(dataDir, 'packs');
    mkdirSync(installed);
    writeFileSync(join(installed, `${PACK}.rpack`), good);
    writeFileSync(join(installed, 'cut-short.rpack'), good.subarray(0, good.length - 300));
    writeFileSync(join(installed, `${LONG_ID}.rpack`), longId);
    const packs = await listed();
    expect(packs.map((p) => [p.title, p.damaged === undefined]).sort()).toEqual([
      ['The Relay Inbox', true],
      ['cut-short.rpack', false],
      [`${LONG_ID}.rpack`, false],
    ]);
    expect(packs.find((p) => p.title.startsWith('relay-x'))!.damaged).toMatch(
      /cannot be played: This pack's id "relay-x+" cannot be installed: a pack id is at most 64/,
    );
    // New Game for the good pack works with the bad ones beside it.
    expect((await core.router.call('newGame', { packId: PACK })).ok).toBe(true);
    for (const bad of packs.filter((p) => p.damaged)) {
      expect(
        await core.router.call('removePack', { packId: bad.id, keepSaves: true, confirm: true }),
      ).toEqual({
        ok: true,
        value: null,
      });
    }
    expect((await listed()).map((p) => p.id)).toEqual([PACK]);
  });

  it('lists a pack whose saves come from a newer version with that problem, and every other pack as usual', async () => {
    const installed = join(dataDir, 'packs');
    mkdirSync(installed);
    writeFileSync(join(installed, `${PACK}.rpack`), good);
    writeFileSync(join(installed, 'other-pack.rpack'), await sealVariant({ id: 'other-pack' }));
    const body = { format: 'resonance-save-index', version: 99, seq: 1, savedAt: 1, data: { slots: [] } };
    writeFileSync(
      join(dataDir, `saves.${PACK}.index.0.json`),
      JSON.stringify({ copy: { ...body, checksum: checksumOf(body) } }),
    );
    const packs = await listed();
    expect(packs.find((p) => p.id === PACK)?.savesProblem).toBe(
      `The saves of "${PACK}" were written by a newer version of Resonance. Update Resonance to open them; they were left untouched.`,
    );
    expect(packs.find((p) => p.id === 'other-pack')?.savesProblem).toBeUndefined();
    expect((await core.router.call('newGame', { packId: 'other-pack' })).ok).toBe(true);
    // New Game in the pack itself says why, and never writes over the newer saves.
    expect(await core.router.call('newGame', { packId: PACK })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});
