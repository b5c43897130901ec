// Builds from the same sources and secret are byte-identical and keep every stored key; a changed answer
// reopens only its own gate; key slots give nothing away; hint rungs wait behind their time-lock.
import { unzipSync, strFromU8 } from 'fflate';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPack, openPack } from '@core/pack';
import { PackSecret, SECRET_FILE } from '@core/pack/pack-secret';
import { payloadSchema, type Payload } from '@core/pack/rpack-format';
import { squareChunk } from '@core/pack/timelock';
import { materialise } from './pack-fixtures';

const drop = { who: 'c-kai-zen', what: 'c-trust-keys', where: 'c-lantern' };

async function playThrough(bytes: Uint8Array): Promise<string[]> {
  const pack = openPack(bytes);
  await pack.tryAnswer('p-first-light', 'lantern');
  await pack.tryAnswer('d-the-drop', { fills: drop });
  await pack.tryAnswer('p-keyed-note', 'old archive');
  return pack.contentKeys();
}

describe('builds from the same sources', () => {
  it('are byte-identical with the same secret, and report the same build id', async () => {
    const dir = await materialise();
    const secret = PackSecret.random();
    const a = await buildPack(dir, { cost: 'fast', secret });
    const b = await buildPack(dir, { cost: 'fast', secret });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.build).toBe(b.build);
    expect(openPack(a.bytes).info.build).toBe(a.build);
  });

  it('reopen every stored key of an earlier build, even after a new version number', async () => {
    const dir = await materialise();
    const secret = PackSecret.random();
    const keys = await playThrough((await buildPack(dir, { cost: 'fast', secret })).bytes);
    const pack = await readFile(join(dir, 'pack.yaml'), 'utf8');
    await writeFile(join(dir, 'pack.yaml'), pack.replace(/version: .*/, 'version: 0.2.0'));
    const next = openPack((await buildPack(dir, { cost: 'fast', secret })).bytes);
    const report = next.unlock(keys);
    expect(report.rejected).toEqual([]);
    expect(report.view.solved.sort()).toEqual(['d-the-drop', 'p-first-light', 'p-keyed-note']);
    expect(next.info.version).toBe('0.2.0');
  });

  it('read the secret from .pack-secret, and create it only when asked', async () => {
    const dir = await materialise();
    const first = await buildPack(dir, { cost: 'fast' });
    expect(first.secretOrigin).toBe('ephemeral');
    const created = await buildPack(dir, { cost: 'fast', createSecret: true });
    expect(created.secretOrigin).toBe('created');
    expect(await readFile(join(dir, SECRET_FILE), 'utf8')).toMatch(/^resonance-pack-secret-v1:/);
    const again = await buildPack(dir, { cost: 'fast' });
    expect(again.secretOrigin).toBe('file');
    expect(again.identity).toBe(created.identity);
    expect(Buffer.from(again.bytes).equals(Buffer.from(created.bytes))).toBe(true);
  });

  it('reopen only the gate whose answer changed, naming it, and keep the keys that follow it for later', async () => {
    const dir = await materialise();
    const secret = PackSecret.random();
    const keys = await playThrough((await buildPack(dir, { cost: 'fast', secret })).bytes);
    const puzzles = await readFile(join(dir, 'puzzles.yaml'), 'utf8');
    await writeFile(
      join(dir, 'puzzles.yaml'),
      puzzles.replace('answers: [lantern, the lantern]', 'answers: [the lantern]'),
    );
    const walk = await readFile(join(dir, 'walkthrough.yaml'), 'utf8');
    await writeFile(join(dir, 'walkthrough.yaml'), walk.replace(/answer: LANTERN/i, 'answer: the lantern'));
    const next = openPack((await buildPack(dir, { cost: 'fast', secret })).bytes);
    const report = next.unlock(keys);
    expect(report.rejected).toEqual([{ gateId: 'p-first-light', title: "Kai's rotated log" }]);
    // The later gates wait behind the reopened one; their keys are kept, not thrown away.
    expect(report.pending).toHaveLength(2);
    expect(report.view.solved).toEqual([]);
    const again = await next.tryAnswer('p-first-light', 'the lantern');
    expect(again.kind).toBe('solved');
    expect(next.unlock(report.pending).view.solved.sort()).toEqual([
      'd-the-drop',
      'p-first-light',
      'p-keyed-note',
    ]);
  });

  it('replay a kept proof against a build made with a lost secret', async () => {
    const dir = await materialise();
    const first = openPack((await buildPack(dir, { cost: 'fast', secret: PackSecret.random() })).bytes);
    const solved = await first.tryAnswer('p-first-light', 'Lantern!');
    if (solved.kind !== 'solved') throw new Error('expected a solve');
    const next = openPack((await buildPack(dir, { cost: 'fast', secret: PackSecret.random() })).bytes);
    // Another secret gives other handles: the old key is simply unknown here, and the proof reopens the gate.
    expect(next.unlock([solved.contentKey])).toMatchObject({ rejected: [], pending: [solved.contentKey] });
    expect((await next.tryProof('p-first-light', solved.proof)).kind).toBe('solved');
  });
});

function gatesOf(bytes: Uint8Array): Payload['gates'] {
  const clear = payloadSchema.parse(JSON.parse(strFromU8(unzipSync(bytes)['clear.json']!)));
  return clear.gates;
}

describe('key slots', () => {
  it('are all one size, padded with decoys, so neither the right slot nor the number of answers shows', async () => {
    const built = await buildPack(await materialise(), { cost: 'fast', secret: PackSecret.random() });
    for (const gate of gatesOf(built.bytes)) {
      expect(gate.slots.length % 16).toBe(0);
      expect(new Set(gate.slots.map((s) => s.length)).size).toBe(1);
    }
  });
});

describe('hint rungs under a time-lock', () => {
  it('open the pinpoint only with the value after its squarings, and the reveal after more', async () => {
    const dir = await materialise();
    const yaml = await readFile(join(dir, 'pack.yaml'), 'utf8');
    // A tiny lock (a fraction of a second of squaring) so the test can work it through for real.
    await writeFile(
      join(dir, 'pack.yaml'),
      `${yaml.trimEnd()}\nhints: { pinpointAfter: 0.0005, revealAfter: 0.0005 }\n`,
    );
    const pack = openPack((await buildPack(dir, { cost: 'normal', secret: PackSecret.random() })).bytes);
    expect(pack.hintsFor('p-first-light').map((h) => h.rung)).toEqual(['nudge', 'method']);
    const lock = pack.hintLock('p-first-light');
    expect(lock.pinAfter).toBeGreaterThan(0);
    const pin = squareChunk(lock.n, lock.x, lock.pinAfter);
    expect(pack.hintsFor('p-first-light', { pin }).map((h) => h.rung)).toEqual([
      'nudge',
      'method',
      'pinpoint',
    ]);
    const early = squareChunk(lock.n, lock.x, lock.pinAfter - 1);
    expect(pack.hintsFor('p-first-light', { pin: early }).map((h) => h.rung)).toEqual(['nudge', 'method']);
    const reveal = squareChunk(lock.n, pin, lock.revealAfter);
    expect(pack.hintsFor('p-first-light', { pin, reveal }).at(-1)).toMatchObject({ rung: 'reveal' });
  });
});
