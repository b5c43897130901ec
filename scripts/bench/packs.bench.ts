// Pack engine figures: answer check latency, the cost of one offline guess, time-lock speed, build time.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildPack, openPack, scaffold } from '@core/pack';
import { PackSecret } from '@core/pack/pack-secret';
import { kdf, KDF_COSTS, unseal } from '@core/pack/rpack-format';
import { squareChunk, TimeLockTrapdoor, toBytes } from '@core/pack/timelock';
import { percentile, median, round, type Figure } from './figure';

export default async function* packs(): AsyncIterable<Figure> {
  const dir = join(await mkdtemp(join(tmpdir(), 'resonance-bench-')), 'starter');
  await scaffold(dir);

  let t = performance.now();
  const { bytes } = await buildPack(dir, { cost: 'normal' });
  yield {
    name: 'build of the starter pack (12 key slots) at the normal KDF cost',
    value: round(performance.now() - t),
    unit: 'ms',
  };

  // One check derives one key, whatever the number of key slots (16 here, decoys included).
  const pack = openPack(bytes);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    t = performance.now();
    await pack.tryAnswer('p-first-light', `wrong guess ${i}`);
    times.push(performance.now() - t);
  }
  yield {
    name: 'answer check latency p50 at the normal KDF cost (one derivation)',
    value: round(median(times)),
    unit: 'ms',
  };
  yield {
    name: 'answer check latency p95 at the normal KDF cost (one derivation)',
    value: round(percentile(times, 95)),
    unit: 'ms',
  };

  // An offline attacker tries one candidate against one key slot: one scrypt derivation plus one GCM open.
  const guesses: number[] = [];
  const salt = randomBytes(16);
  const sealed = randomBytes(60);
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    const key = await kdf(`guess${i}`, salt, KDF_COSTS.normal);
    unseal(key, sealed, 'aad');
    guesses.push(performance.now() - t);
  }
  yield {
    name: 'one offline guess against a gate of a .rpack (one derivation, all slots)',
    value: round(median(guesses)),
    unit: 'ms',
  };

  // Time-lock squarings, measured beside the guesses above: their ratio holds on a busy machine too.
  const secret = PackSecret.random();
  const trapdoor = new TimeLockTrapdoor(secret);
  const n = toBytes(trapdoor.n);
  const x = toBytes(trapdoor.start(secret, 'bench'));
  const squarings = 200_000;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    squareChunk(n, x, squarings);
    runs.push(performance.now() - t);
  }
  const perSecond = (squarings / median(runs)) * 1000;
  yield { name: 'time-lock squarings a second on one core', value: round(perSecond), unit: '/s' };
  yield {
    name: 'time-lock squarings per offline guess (ratio, load-independent)',
    value: round((perSecond * median(guesses)) / 1000),
    unit: 'squarings',
  };

  const campaign = join(import.meta.dirname, '../../puzzles/neos-2148');
  if (existsSync(join(campaign, 'pack.yaml'))) {
    let slots = 0;
    t = performance.now();
    await buildPack(campaign, { cost: 'normal', onProgress: (_done, total) => (slots = total) });
    yield {
      name: `build of the neos-2148 campaign (${slots} key slots) at the normal KDF cost`,
      value: round(performance.now() - t),
      unit: 'ms',
    };
  }
}
