// Seals a checked pack source into a .rpack: clear payload, AES-GCM blobs per requirement set, one KDF per
// gate check, time-locked hint rungs, all derived from the author's secret so builds are reproducible.
import { createHash, sign } from 'node:crypto';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { canonicalLink, canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';
import type { PublicDeduction, PublicFile, PublicPuzzle } from '@shared/pack/public-types';
import { UserError } from '@shared/result';
import { checkPack } from './check-pack';
import { fillCombinations, puzzleCiphertext, raceOf } from './derive';
import { KDF_COSTS, verifierParams, type KdfCost } from './kdf-cost';
import { readPackFile, type PackSource } from './load-source';
import { renderMarkdown } from './markdown';
import { packSecret, type PackSecret, type SecretSource } from './pack-secret';
import { formatProblem, hasErrors, type Problem } from './problems';
import { requirements } from './requirements';
import {
  blobKey,
  buildId,
  CLEAR_NAME,
  emptyPayload,
  kdf,
  KEY_CHECK_AAD,
  MANIFEST_NAME,
  MAX_SLOTS,
  RPACK_FORMAT,
  RPACK_VERSION,
  seal,
  SIGNATURE_NAME,
  SLOT_BLOCK,
  slotSecret,
  subKey,
  type KdfParams,
  type Manifest,
  type Payload,
  type SealedGate,
} from './rpack-format';
import {
  lockKey,
  MODULUS_BYTES,
  REFERENCE_SQUARINGS_PER_SECOND,
  TimeLockTrapdoor,
  toBig,
  toBytes,
} from './timelock';

/** Thrown when a pack cannot be built because its source has problems. */
export class PackProblemsError extends UserError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The pack has ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before it can be built:\n${errors.map(formatProblem).join('\n')}`,
      'invalid-pack',
    );
    this.problems = problems;
  }
}

export interface BuildOptions {
  /** Overrides pack.yaml's kdf.cost. `fast` and `dev` also open every hint rung at once. */
  cost?: KdfCost;
  /** The author's secret; by default read from the pack's `.pack-secret`. */
  secret?: PackSecret;
  /** Create `.pack-secret` when the pack has none (the command line does; tests do not). */
  createSecret?: boolean;
  /** Called as key slots are sealed, with done and total counts. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  bytes: Uint8Array;
  problems: Problem[];
  /** Requirement set (gate ids) of every blob, for tests and stats; never written to the file. */
  blobRequirements: string[][];
  /** The KDF cost the pack was sealed with. */
  cost: KdfCost;
  /** Short id of this exact build (a hash of its manifest). */
  build: string;
  /** The author's public signing key. */
  identity: string;
  /** Where the secret came from. */
  secretOrigin: SecretSource['origin'];
  /** Hint-lock squarings per gate, for the cost report: [pinpoint, reveal after pinpoint]. */
  locks: Map<string, [number, number]>;
}

/** Checks and seals the pack in `dir`; throws PackProblemsError when the check finds errors. */
export async function buildPack(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { problems, source } = await checkPack(dir);
  if (!source || hasErrors(problems)) throw new PackProblemsError(problems);
  const cost = options.cost ?? source.meta.kdf?.cost ?? 'normal';
  const found = await packSecret(dir, {
    ...(options.secret ? { secret: options.secret } : {}),
    ...(options.createSecret ? { create: true } : {}),
  });
  const sealed = await sealSource(source, { ...options, cost, secret: found.secret });
  return { ...sealed, problems, cost, secretOrigin: found.origin };
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Minutes on the reference machine into squarings. */
const squarings = (minutes: number): number => Math.round(minutes * 60 * REFERENCE_SQUARINGS_PER_SECOND);

export async function sealSource(
  source: PackSource,
  options: BuildOptions & { secret: PackSecret },
): Promise<Omit<BuildResult, 'problems' | 'cost' | 'secretOrigin'>> {
  const cost = options.cost ?? source.meta.kdf?.cost ?? 'normal';
  const params: KdfParams = { ...KDF_COSTS[cost] };
  const { secret } = options;
  const req = requirements(source);
  const { meta } = source;
  const symmetric = new Set(meta.linkTypes.filter((l) => l.symmetric).map((l) => l.id));
  const locked = cost === 'normal';
  const timing = meta.hints ?? { pinpointAfter: 8, revealAfter: 4 };
  const tPin = locked ? squarings(timing.pinpointAfter) : 0;
  const tRev = locked ? squarings(timing.revealAfter) : 0;
  // Without squarings there is nothing to trap: any odd full-size modulus will do.
  const trapdoor = tPin + tRev > 0 ? new TimeLockTrapdoor(secret) : undefined;
  const modulus = trapdoor?.n ?? toBig(secret.stream('timelock modulus', MODULUS_BYTES)) | (1n << 2047n) | 1n;

  const salt = secret.derive('pack salt').subarray(0, 16);
  const handles = new Map<string, string>();
  const contentKeys = new Map<string, Buffer>();
  const taken = new Set<string>();
  const gateSecrets = new Map<string, string[]>();
  for (const [id, gate] of req.gates) {
    const h = secret.derive('gate handle', id).toString('hex').slice(0, 12);
    if (taken.has(h)) throw new Error(`gate handle collision for ${id}`);
    taken.add(h);
    handles.set(id, h);
    let accepted: string[];
    if (gate.kind === 'puzzle') {
      const opts = { keepSpaces: gate.def.keepSpaces };
      accepted = [...new Set(gate.def.answers.map((a) => normaliseAnswer(a, opts)))];
    } else if (gate.def.kind === 'fill') accepted = fillCombinations(gate.def.slots);
    else accepted = [canonicalLinks(gate.def.links, symmetric)];
    accepted.sort(byText);
    gateSecrets.set(id, accepted);
    // The key depends on the gate and its accepted answers only: a rebuild keeps it, a changed answer does not.
    contentKeys.set(id, secret.derive('content key', id, gate.kind, JSON.stringify(accepted)));
  }

  // Group every item by its requirement set; R = {} is the clear payload.
  const groups = new Map<string, { req: string[]; payload: Payload }>();
  const group = (r: readonly string[]): Payload => {
    const key = [...r].sort(byText).join(',');
    let g = groups.get(key);
    if (!g) {
      g = { req: [...r].sort(byText), payload: emptyPayload() };
      groups.set(key, g);
    }
    return g.payload;
  };
  group([]).linkTypes = meta.linkTypes.map((l) => ({
    id: l.id,
    label: l.label,
    ...(l.meaning ? { meaning: l.meaning } : {}),
    symmetric: l.symmetric,
  }));

  meta.chapters.forEach((c, i) => {
    group(req.chapterReq[i]!).chapters.push({
      id: c.id,
      index: i,
      title: c.title,
      summary: c.summary,
      opening: c.opening,
      closing: c.closing,
    });
    group(req.chapterDone[i]!).completed.push(c.id);
  });
  const placedScenes = new Set<string>();
  const scenes = new Map(source.scenes.map((s) => [s.front.id, s]));
  meta.chapters.forEach((c, i) => {
    for (const [sceneId, r] of [
      [c.opening, req.chapterReq[i]!],
      [c.closing, req.chapterDone[i]!],
    ] as const) {
      const s = scenes.get(sceneId);
      if (!s || placedScenes.has(sceneId)) continue;
      placedScenes.add(sceneId);
      group(r).scenes.push({ id: sceneId, title: s.front.title, html: renderMarkdown(s.body) });
    }
  });

  const ciphertexts = new Map(source.puzzles.items.map((p) => [p.id, puzzleCiphertext(p)]));
  for (const f of source.files) {
    const fm = f.front;
    const listed: PublicFile = {
      id: fm.id,
      title: fm.title,
      kind: fm.kind,
      folder: f.folder,
      chapter: fm.chapter,
    };
    if (fm.from !== undefined) listed.from = fm.from;
    if (fm.date !== undefined) listed.date = fm.date;
    if (fm.lockedBy !== undefined) {
      listed.lockedBy = fm.lockedBy;
      listed.ciphertext = ciphertexts.get(fm.lockedBy) ?? '';
    }
    group(req.fileReq(f)).files.push(listed);
    const body: Payload['bodies'][number] = { id: fm.id, html: renderMarkdown(f.body) };
    if (fm.image !== undefined) {
      const bytes = await readPackFile(source.dir, fm.image);
      const mime = /\.png$/i.test(fm.image)
        ? 'image/png'
        : /\.webp$/i.test(fm.image)
          ? 'image/webp'
          : 'image/jpeg';
      body.image = `data:${mime};base64,${bytes.toString('base64')}`;
    }
    if (fm.alt !== undefined) body.alt = fm.alt;
    group(req.bodyReq(f)).bodies.push(body);
  }
  const files = new Map(source.files.map((f) => [f.front.id, f]));
  for (const c of source.clues.items) {
    const f = files.get(c.source.file)!;
    const card: Payload['clues'][number] = {
      id: c.id,
      kind: c.kind,
      title: c.title,
      text: c.text,
      source: c.source,
    };
    if (c.date !== undefined) card.date = c.date;
    group(req.bodyReq(f)).clues.push(card);
  }

  // Every KDF job is collected first so progress can be reported and work run in parallel.
  type Job = { secret: string; salt: Buffer; params: KdfParams; done: (derived: Buffer) => void };
  const jobs: Job[] = [];
  const finishers: (() => void)[] = [];
  const padTo = (text: string, length: number): Uint8Array => strToU8(text.padEnd(length, ' '));

  for (const [id, gate] of req.gates) {
    const handle = handles.get(id)!;
    const key = contentKeys.get(id)!;
    const gateSalt = secret.derive('gate salt', id).subarray(0, 16);
    const x = trapdoor
      ? trapdoor.start(secret, id)
      : 2n + (toBig(secret.stream('lock start', 272, id)) % (modulus - 3n));
    const yPin = trapdoor ? trapdoor.lock(x, tPin) : x;
    const yRev = trapdoor ? trapdoor.lock(x, tPin + tRev) : x;
    const sealedGate: SealedGate = {
      id,
      handle,
      check: seal(key, Buffer.from(handle), KEY_CHECK_AAD).toString('base64'),
      salt: gateSalt.toString('base64'),
      symmetric: [],
      slots: [],
      hints: {
        nudge: gate.def.hints.nudge,
        method: gate.def.hints.method,
        x: toBytes(x).toString('base64'),
        pinAfter: tPin,
        revealAfter: tRev,
        pin: '',
        reveal: seal(
          lockKey(toBytes(yRev), 'reveal'),
          strToU8(JSON.stringify({ text: gate.def.hints.reveal })),
          handle,
        ).toString('base64'),
      },
    };
    // Slot contents: [secret, content]; every slot of the gate is padded to the same size.
    const slotContents: [string, string][] = [];
    const keyContent = JSON.stringify({ t: 'key', k: key.toString('base64') });
    for (const a of gateSecrets.get(id)!) slotContents.push([a, keyContent]);
    const verifierItems: { slot?: string; secret: string }[] = [];
    let verifierCount = 0;
    if (gate.kind === 'puzzle') {
      const p = gate.def;
      const opts = { keepSpaces: p.keepSpaces };
      const pub: PublicPuzzle = {
        id,
        title: p.title,
        chapter: p.chapter,
        cipher: p.cipher,
        ciphertext: ciphertexts.get(id)!,
        prompt: p.prompt,
        keepSpaces: p.keepSpaces,
        locks: source.files.filter((f) => f.front.lockedBy === id).map((f) => f.front.id),
      };
      if (p.timer !== undefined) pub.timer = p.timer;
      if (p.keyless) pub.keyless = true;
      const race = raceOf(source, id);
      if (race) pub.race = race;
      if (p.teach) pub.teach = { tool: p.teach.tool, text: p.teach.text };
      sealedGate.puzzle = pub;
      const answers = new Set(gateSecrets.get(id));
      const near = new Map(p.keepGoing.map((k) => [normaliseAnswer(k.answer, opts), k.message]));
      for (const [a, m] of near)
        if (!answers.has(a)) slotContents.push([a, JSON.stringify({ t: 'keep', m })]);
    } else {
      const d = gate.def;
      let pub: PublicDeduction;
      if (d.kind === 'fill') {
        pub = {
          id,
          chapter: d.chapter,
          title: d.title,
          kind: 'fill',
          sentence: d.sentence,
          slots: Object.entries(d.slots).map(([name, s]) => ({ name, kind: s.kind })),
          feedback: d.feedback,
        };
        if (d.feedback) {
          verifierCount = Object.keys(d.slots).length;
          for (const [name, s] of Object.entries(d.slots))
            for (const clue of Array.isArray(s.answer) ? s.answer : [s.answer])
              verifierItems.push({ slot: name, secret: slotSecret(name, clue) });
        }
      } else {
        pub = {
          id,
          chapter: d.chapter,
          title: d.title,
          kind: 'links',
          prompt: d.prompt,
          linkCount: d.links.length,
          feedback: d.feedback,
        };
        sealedGate.symmetric = [...new Set(d.links.map((l) => l.type))]
          .filter((t) => symmetric.has(t))
          .sort(byText);
        if (d.feedback) {
          // A submission may hold a few links more than needed; beyond that no feedback is given.
          verifierCount = 2 * d.links.length;
          for (const l of d.links) verifierItems.push({ secret: canonicalLink(l, symmetric.has(l.type)) });
        }
      }
      sealedGate.deduction = pub;
    }

    const slotLength = Math.ceil(Math.max(...slotContents.map(([, c]) => c.length)) / 64) * 64;
    const total = Math.min(
      MAX_SLOTS,
      Math.max(SLOT_BLOCK, Math.ceil(slotContents.length / SLOT_BLOCK) * SLOT_BLOCK),
    );
    if (slotContents.length > total)
      throw new UserError(
        `"${id}" has more than ${MAX_SLOTS} answers and near misses together.`,
        'invalid-pack',
      );
    const sealedSlots: string[] = [];
    for (const [answer, content] of slotContents) {
      jobs.push({
        secret: answer,
        salt: gateSalt,
        params,
        done: (derived) =>
          sealedSlots.push(
            seal(subKey(derived, 'slot'), padTo(content, slotLength), handle).toString('base64'),
          ),
      });
    }
    // Decoys are as long as real slots (IV + padded content + tag) and look as random.
    for (let i = slotContents.length; i < total; i++)
      sealedSlots.push(secret.stream('decoy slot', 12 + slotLength + 16, id, String(i)).toString('base64'));

    const verifiers: { slot?: string; d: string }[] = [];
    if (verifierItems.length > 0) {
      const vParams = verifierParams(verifierCount, params);
      const vSalt = secret.derive('verifier salt', id).subarray(0, 16);
      sealedGate.feedback = { kdf: vParams, salt: vSalt.toString('base64'), items: verifierCount };
      for (const item of verifierItems)
        jobs.push({
          secret: item.secret,
          salt: vSalt,
          params: vParams,
          done: (derived) => {
            const v: { slot?: string; d: string } = {
              d: seal(subKey(derived, 'verifier'), strToU8('right'), handle).toString('base64'),
            };
            if (item.slot !== undefined) v.slot = item.slot;
            verifiers.push(v);
          },
        });
    }
    finishers.push(() => {
      sealedGate.slots = sealedSlots.sort(byText);
      verifiers.sort((a, b) => byText(a.d, b.d));
      sealedGate.hints.pin = seal(
        lockKey(toBytes(yPin), 'pin'),
        strToU8(JSON.stringify({ text: gate.def.hints.pinpoint, verifiers })),
        handle,
      ).toString('base64');
    });
    group(req.gateReq(id)).gates.push(sealedGate);
  }

  let done = 0;
  options.onProgress?.(0, jobs.length);
  await mapLimit(jobs, 4, async (j) => {
    j.done(await kdf(j.secret, j.salt, j.params));
    options.onProgress?.(++done, jobs.length);
  });
  for (const finish of finishers) finish();

  const zip: Zippable = {};
  const clear = strToU8(JSON.stringify(group([])));
  const blobs: Manifest['blobs'] = [];
  const blobRequirements: string[][] = [];
  const blobEntries: [string, Uint8Array][] = [];
  // Blobs are ordered by their required handles, which are random-looking: the order says nothing.
  const sealedGroups = [...groups.values()]
    .filter((g) => g.req.length > 0)
    .map((g) => ({ ...g, requires: g.req.map((id) => handles.get(id)!).sort(byText) }))
    .sort((a, b) => byText(a.requires.join(','), b.requires.join(',')));
  sealedGroups.forEach((g, i) => {
    const name = `blobs/${String(i).padStart(4, '0')}.bin`;
    const key = blobKey(
      salt,
      g.req.map((id) => ({ handle: handles.get(id)!, key: contentKeys.get(id)! })),
      name,
    );
    const data = seal(key, strToU8(JSON.stringify(g.payload)), name);
    blobEntries.push([name, data]);
    blobs.push({ name, requires: g.requires, sha256: sha256(data) });
    blobRequirements.push(g.req);
  });
  const { privateKey, identity } = secret.signingKey();
  const manifest: Manifest = {
    format: RPACK_FORMAT,
    formatVersion: RPACK_VERSION,
    pack: {
      id: meta.id,
      title: meta.title,
      version: meta.version,
      author: meta.author,
      license: meta.license,
      description: meta.description,
      language: meta.language,
      chapterCount: meta.chapters.length,
      gateCount: req.gates.size,
      identity,
    },
    kdf: params,
    salt: salt.toString('base64'),
    timelock: { n: toBytes(modulus).toString('base64') },
    clear: { name: CLEAR_NAME, sha256: sha256(clear) },
    blobs,
  };
  const manifestBytes = strToU8(JSON.stringify(manifest, null, 1));
  // Every entry is stored uncompressed, so opening never inflates anything (no zip bombs to defuse).
  zip[MANIFEST_NAME] = [manifestBytes, { level: 0 }];
  zip[SIGNATURE_NAME] = [new Uint8Array(sign(null, manifestBytes, privateKey)), { level: 0 }];
  zip[CLEAR_NAME] = [clear, { level: 0 }];
  for (const [name, data] of blobEntries) zip[name] = [data, { level: 0 }];
  // A fixed timestamp keeps the zip free of build-machine details.
  const bytes = zipSync(zip, { mtime: new Date('2000-01-01T00:00:00Z') });
  const locks = new Map([...req.gates.keys()].map((id) => [id, [tPin, tRev] as [number, number]]));
  return { bytes, blobRequirements, build: buildId(manifestBytes), identity, locks };
}
