// Fuzzing: thousands of mutated .rpack files and pack sources must only ever produce UserError, never hang.
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack, checkPack, openPack } from '@core/pack';
import { isUserError } from '@shared/result';
import { materialise } from './pack-fixtures';

// FUZZ_SCALE raises the run counts for a longer soak; the defaults keep the suite within seconds.
const SCALE = Number(process.env['FUZZ_SCALE'] ?? '1');
let bytes: Uint8Array;
let entries: Record<string, Uint8Array>;

beforeAll(async () => {
  bytes = (await buildPack(await materialise(), { cost: 'fast' })).bytes;
  entries = unzipSync(bytes);
});

/** Runs f; any thrown value other than a UserError fails the property. */
async function onlyUserErrors(f: () => Promise<unknown> | unknown): Promise<boolean> {
  try {
    await f();
    return true;
  } catch (e) {
    if (isUserError(e)) return true;
    throw e;
  }
}

async function play(data: Uint8Array, answer: string): Promise<void> {
  const pack = openPack(data);
  pack.initialState();
  const view = pack.view();
  for (const p of view.puzzles.slice(0, 1)) {
    await pack.tryAnswer(p.id, answer);
    await pack.tryAnswer(p.id, 'lantern');
    pack.hintsFor(p.id);
  }
  pack.unlockWith(pack.contentKeys());
}

const byteMutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), data: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);
type ByteMutation = typeof byteMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateBytes(source: Uint8Array, mutations: ByteMutation[]): Uint8Array {
  let out = new Uint8Array(source);
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = out[at]! ^ (1 << m.bit);
    else if (m.kind === 'cut') out = out.subarray(0, at);
    else if (m.kind === 'insert')
      out = new Uint8Array([...out.subarray(0, at), ...m.data, ...out.subarray(at)]);
    else out.fill(0, at, at + m.length);
  }
  return out;
}

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

/** A JSON-level mutation with hashes recomputed, so the fuzzer gets past the integrity checks. */
function mutateJson(
  name: 'manifest.json' | 'clear.json',
  path: (string | number)[],
  value: unknown,
): Uint8Array {
  const copy: Record<string, Uint8Array> = { ...entries };
  const doc = JSON.parse(strFromU8(copy[name]!)) as unknown;
  let node = doc as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) {
    // Own properties only: walking into __proto__ would pollute the test process itself.
    if (!Object.hasOwn(node, seg)) break;
    const next = node[seg];
    if (next === null || typeof next !== 'object') break;
    node = next as Record<string | number, unknown>;
  }
  const keys = Object.keys(node);
  const last = path[path.length - 1];
  const key = typeof last === 'number' && keys.length ? keys[last % keys.length]! : String(last);
  // defineProperty writes an own "__proto__" key, as a hostile file would contain.
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  copy[name] = strToU8(JSON.stringify(doc));
  const manifest = JSON.parse(strFromU8(copy['manifest.json']!)) as { clear?: { sha256?: string } };
  if (name === 'clear.json' && manifest.clear) manifest.clear.sha256 = sha(copy['clear.json']!);
  copy['manifest.json'] = strToU8(JSON.stringify(manifest));
  const zip: Zippable = {};
  for (const [k, v] of Object.entries(copy)) zip[k] = v;
  return zipSync(zip, { level: 0 });
}

describe('fuzzing sealed packs', () => {
  it(
    'never throws anything but UserError for mutated .rpack bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(byteMutation, { minLength: 1, maxLength: 4 }),
          fc.string(),
          async (mutations, answer) => onlyUserErrors(() => play(mutateBytes(bytes, mutations), answer)),
        ),
        { numRuns: 1500 * SCALE, interruptAfterTimeLimit: 20_000 * SCALE },
      );
    },
    60_000 * SCALE,
  );

  it(
    'never throws anything but UserError for well-hashed packs with altered JSON',
    async () => {
      const path = fc.array(
        fc.oneof(
          fc.nat({ max: 20 }),
          fc.constantFrom('pack', 'blobs', 'kdf', 'gates', 'files', 'requires', 'N', '__proto__'),
        ),
        {
          minLength: 1,
          maxLength: 4,
        },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('manifest.json' as const, 'clear.json' as const),
          path,
          fc.jsonValue({ maxDepth: 2 }),
          async (name, p, value) => onlyUserErrors(() => play(mutateJson(name, p, value), 'lantern')),
        ),
        { numRuns: 700 * SCALE, interruptAfterTimeLimit: 12_000 * SCALE },
      );
    },
    60_000 * SCALE,
  );
});

const YAML_NOISE = [
  '&a ',
  '*a',
  '[',
  ']',
  '{',
  '}',
  ': ',
  '- ',
  '\n',
  '  ',
  '\t',
  '"',
  "'",
  '#',
  '__proto__: 1\n',
  '<<: *a\n',
  '|\n',
  '!!js/function x',
  '%YAML 1.1\n',
  '---\n',
  '\u0000',
  '\uFFFF',
  '𝔸',
];

describe('fuzzing pack sources', () => {
  it(
    'never throws anything but UserError for mutated source files',
    async () => {
      const dir = await materialise();
      const names = [
        'pack.yaml',
        'puzzles.yaml',
        'clues.yaml',
        'deductions.yaml',
        'walkthrough.yaml',
        'files/inbox/first-log.md',
        'scenes/ch1-opening.md',
      ];
      const originals = new Map<string, string>();
      for (const n of names) originals.set(n, await readFile(join(dir, n), 'utf8'));
      const edit = fc.record({
        at: fc.nat(),
        remove: fc.integer({ min: 0, max: 12 }),
        insert: fc.oneof(fc.constantFrom(...YAML_NOISE), fc.string({ maxLength: 6 })),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...names),
          fc.array(edit, { minLength: 1, maxLength: 5 }),
          async (name, edits) => {
            let text = originals.get(name)!;
            for (const e of edits) {
              const at = e.at % (text.length + 1);
              text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            }
            await writeFile(join(dir, name), text);
            try {
              return await onlyUserErrors(() => checkPack(dir));
            } finally {
              await writeFile(join(dir, name), originals.get(name)!);
            }
          },
        ),
        { numRuns: 150 * SCALE, interruptAfterTimeLimit: 12_000 * SCALE },
      );
      expect((await checkPack(dir)).problems).toEqual([]);
    },
    60_000 * SCALE,
  );
});
