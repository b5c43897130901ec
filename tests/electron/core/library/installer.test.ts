// Installing a pack whose id is installed already: nothing is replaced without the player's answer, an
// update keeps the saves, and any other pack keeps the installed pack's saves apart, untouched.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { Installer } from '@core/library/installer';
import { PackLibrary } from '@core/library/pack-library';
import { memoryLogger } from '@core/logger';
import { SaveService } from '@core/saves/save-service';
import { GameSession } from '@core/session/game-session';
import { DEFAULT_SETTINGS } from '@shared/settings';
import type { InstallOutcome, InstallQuestion } from '@shared/contract';
import { PACK, sealVariant, unsignedFrom } from './packs';

let v1: Uint8Array;
let v1Again: Uint8Array;
let v2: Uint8Array;
let impostor: Uint8Array;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-installer-'));
  [v1, v1Again, v2, impostor] = await Promise.all([
    sealVariant({ version: '0.1.0', author: 'Ada' }),
    // Builds are reproducible: another build of 0.1.0 needs a changed source.
    sealVariant({ version: '0.1.0', author: 'Ada', description: 'A fixed typo.' }),
    sealVariant({ version: '0.2.0', author: 'Ada' }),
    sealVariant({ version: '0.3.0', author: 'Mallory' }),
  ]);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dataDir: string;
let library: PackLibrary;
let saves: SaveService;
let session: GameSession;
let installer: Installer;

beforeEach(() => {
  dataDir = mkdtempSync(join(work, 'data-'));
  const log = memoryLogger();
  const stores = confStoreFactory(dataDir, log);
  library = new PackLibrary(join(dataDir, 'builtin'), join(dataDir, 'packs'), log, unsignedFrom('Nobody'));
  saves = new SaveService({ stores });
  session = new GameSession({
    library,
    saves,
    settings: () => DEFAULT_SETTINGS,
    memory: stores('session'),
    log,
  });
  installer = new Installer({ library, saves, forgetGame: (id) => session.forget(id), log });
});

function question(outcome: InstallOutcome): InstallQuestion {
  if (outcome.kind !== 'ask') throw new Error(`Expected a question, got ${JSON.stringify(outcome)}`);
  return outcome.question;
}

/** Installs version 1 and plays it: one save with the first puzzle solved. */
async function playV1(): Promise<string> {
  expect(installer.offer(v1, 'relay-0.1.0.rpack')).toMatchObject({ kind: 'installed' });
  const view = await session.newGame(PACK, 'Night shift');
  await session.answer('p-first-light', 'lantern');
  session.close();
  return view.slot.id;
}

const saveFiles = () => readdirSync(dataDir).filter((f) => f.startsWith(`saves.${PACK}.`));

describe('installing over an installed pack', () => {
  it('installs a pack that is not installed yet at once', () => {
    const outcome = installer.offer(v1, 'relay-0.1.0.rpack');
    expect(outcome).toMatchObject({ kind: 'installed', message: 'Installed “The Relay Inbox” 0.1.0.' });
    expect(library.installed(PACK)?.summary.version).toBe('0.1.0');
  });

  it('asks before updating to the same author’s newer version, says what carries over, and keeps the saves', async () => {
    const slotId = await playV1();
    const asked = question(installer.offer(v2, 'relay-0.2.0.rpack'));
    expect(asked).toMatchObject({
      relation: 'update',
      action: 'Update to 0.2.0',
      fileName: 'relay-0.2.0.rpack',
    });
    expect(asked.title).toMatch(/^Update “The Relay Inbox” 0\.1\.0 \(build [0-9a-f]{12}\) to 0\.2\.0\?$/);
    expect(asked.message).toMatch(/comes from the same author .* and replaces it\. /);
    expect(asked.message).toMatch(/All the progress in your save carries over\.$/);
    // Nothing is replaced while the question is open.
    expect(library.installed(PACK)?.summary.version).toBe('0.1.0');

    const done = installer.answer(asked.token, true);
    expect(done).toMatchObject({
      kind: 'installed',
      message: 'Updated to “The Relay Inbox” 0.2.0; your saves carry over.',
    });
    expect(library.installed(PACK)?.summary.version).toBe('0.2.0');
    expect(saves.listSlots(PACK).map((s) => s.id)).toEqual([slotId]);
  });

  it('warns that a pack by another author is a different pack, and keeps the installed pack’s saves apart, byte for byte', async () => {
    await playV1();
    const before = new Map(saveFiles().map((f) => [f, readFileSync(join(dataDir, f))]));
    const asked = question(installer.offer(impostor, 'relay-0.3.0.rpack'));
    expect(asked.relation).toBe('different-pack');
    expect(asked.message).toMatch(
      /uses the same id, “relay-inbox”, as the installed “The Relay Inbox” 0\.1\.0 .* by Ada, but it was signed by a different author: it is a different pack\. Your save of .* will be kept apart, untouched/,
    );
    expect(library.installed(PACK)?.summary.author).toBe('Ada');

    const done = installer.answer(asked.token, true);
    if (done.kind !== 'installed') throw new Error('not installed');
    const kept = /kept apart, untouched, in (.+)\.$/.exec(done.message)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    for (const [name, bytes] of before) expect(readFileSync(join(kept!, name))).toEqual(bytes);
    // The newcomer starts without saves and can never write over the old ones.
    expect(library.installed(PACK)?.summary.author).toBe('Mallory');
    expect(saves.listSlots(PACK)).toEqual([]);
    expect(saveFiles()).toEqual([]);
  });

  it('treats a pack without a signing identity as a different pack', async () => {
    const unsigned = await sealVariant({ version: '0.2.0', author: 'Nobody' });
    expect(installer.offer(v1, 'a.rpack').kind).toBe('installed');
    const asked = question(installer.offer(unsigned, 'b.rpack'));
    expect(asked.relation).toBe('different-pack');
    expect(asked.message).toMatch(/cannot be shown to come from the same author/);
  });

  it('warns before a downgrade or another build of the same version, and keeps the saves apart', async () => {
    installer.offer(v2, 'relay-0.2.0.rpack');
    const downgrade = question(installer.offer(v1, 'relay-0.1.0.rpack'));
    expect(downgrade).toMatchObject({
      relation: 'downgrade',
      title: expect.stringMatching(/^Go back from 0\.2\.0 to 0\.1\.0\?$/),
    });
    installer.answer(downgrade.token, false);
    expect(library.installed(PACK)?.summary.version).toBe('0.2.0');

    const back = question(installer.offer(v1, 'relay-0.1.0.rpack'));
    expect(installer.answer(back.token, true)).toMatchObject({ kind: 'installed' });
    expect(library.installed(PACK)?.summary.version).toBe('0.1.0');
    const reinstall = question(installer.offer(v1Again, 'relay-0.1.0-rebuilt.rpack'));
    expect(reinstall).toMatchObject({
      relation: 'reinstall',
      title: expect.stringMatching(
        /^Replace “The Relay Inbox” 0\.1\.0 \(build [0-9a-f]{12}\) with another build of the same version\?$/,
      ),
      message: expect.stringMatching(
        /has the same version as the installed pack but is a different build\. You have no saves of it\.$/,
      ),
    });
  });

  it('says an identical build is installed already, and changes nothing', () => {
    installer.offer(v1, 'relay.rpack');
    expect(installer.offer(v1, 'relay-copy.rpack')).toMatchObject({
      kind: 'unchanged',
      message: expect.stringMatching(
        /^“The Relay Inbox” 0\.1\.0 \(build [0-9a-f]{12}\) is installed already; nothing changed\.$/,
      ),
    });
  });

  it('leaves the installed pack and its saves as they were when the player declines', async () => {
    const slotId = await playV1();
    const before = saveFiles();
    const asked = question(installer.offer(impostor, 'relay-0.3.0.rpack'));
    expect(installer.answer(asked.token, false)).toMatchObject({ kind: 'unchanged' });
    expect(library.installed(PACK)?.summary.author).toBe('Ada');
    expect(saveFiles()).toEqual(before);
    expect(saves.listSlots(PACK).map((s) => s.id)).toEqual([slotId]);
    expect(() => installer.answer(asked.token, true)).toThrow(/That install question has expired/);
  });
});
