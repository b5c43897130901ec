// Seals a checked pack source into a .rpack: clear payload, AES-GCM blobs per requirement set, KDF key slots.
import { createHash, randomBytes } from 'node:crypto';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { canonicalLink, canonicalLinks, normaliseAnswer } from '../../shared/answers/normalise';
import {
  HINT_RUNGS,
  type Hint,
  type PublicDeduction,
  type PublicFile,
  type PublicPuzzle,
} from '../../shared/pack/public-types';
import type { Hints } from '../../shared/pack/source-schema';
import { UserError } from '../../shared/result';
import { checkPack, fillCombinations, puzzleCiphertext } from './check-pack';
import { readPackFile, type PackSource } from './load-source';
import { renderMarkdown } from './markdown';
import { formatProblem, hasErrors, type Problem } from './problems';
import { requirements } from './requirements';
import {
  blobKey,
  CLEAR_NAME,
  emptyPayload,
  hintKey,
  kdf,
  KDF_COSTS,
  KEY_CHECK_AAD,
  MANIFEST_NAME,
  RPACK_FORMAT,
  RPACK_VERSION,
  seal,
  type KdfParams,
  type Manifest,
  type Payload,
  type SealedGate,
} from './rpack-format';

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
  /** Overrides pack.yaml's kdf.cost. */
  cost?: keyof typeof KDF_COSTS;
  /** Called as key slots are sealed, with done and total counts. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildResult {
  bytes: Uint8Array;
  problems: Problem[];
  /** Requirement set (gate ids) of every blob, for tests and stats; never written to the file. */
  blobRequirements: string[][];
  /** The KDF cost the pack was sealed with. */
  cost: keyof typeof KDF_COSTS;
}

/** Checks and seals the pack in `dir`; throws PackProblemsError when the check finds errors. */
export async function buildPack(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { problems, source } = await checkPack(dir);
  if (!source || hasErrors(problems)) throw new PackProblemsError(problems);
  const cost = options.cost ?? source.meta.kdf?.cost ?? 'normal';
  const sealed = await sealSource(source, { ...options, cost });
  return { ...sealed, problems, cost };
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

const hintList = (h: Hints): Hint[] => HINT_RUNGS.map((rung) => ({ rung, text: h[rung] }));

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomBytes(4).readUInt32LE() % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export async function sealSource(
  source: PackSource,
  options: BuildOptions = {},
): Promise<{ bytes: Uint8Array; blobRequirements: string[][] }> {
  const params: KdfParams = { ...KDF_COSTS[options.cost ?? source.meta.kdf?.cost ?? 'normal'] };
  const req = requirements(source);
  const { meta } = source;
  const symmetric = new Set(meta.linkTypes.filter((l) => l.symmetric).map((l) => l.id));

  const salt = randomBytes(16);
  const handles = new Map<string, string>();
  const contentKeys = new Map<string, Buffer>();
  for (const id of req.gates.keys()) {
    let h: string;
    do h = randomBytes(6).toString('hex');
    while ([...handles.values()].includes(h));
    handles.set(id, h);
    contentKeys.set(id, randomBytes(32));
  }

  // Group every item by its requirement set; R = {} is the clear payload.
  const groups = new Map<string, { req: string[]; payload: Payload }>();
  const group = (r: readonly string[]): Payload => {
    const key = [...r].sort().join(',');
    let g = groups.get(key);
    if (!g) {
      g = { req: [...r].sort(), payload: emptyPayload() };
      groups.set(key, g);
    }
    return g.payload;
  };
  group([]).linkTypes = meta.linkTypes.map((l) => ({ id: l.id, label: l.label, symmetric: l.symmetric }));

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

  // Key slots: collect every KDF job first so progress can be reported and work run in parallel.
  type Job = {
    secret: string;
    aad: string;
    content: Uint8Array;
    out: { s: string; d: string; slot?: string };
  };
  const jobs: Job[] = [];
  const job = (secret: string, aad: string, content: object, slot?: string): { s: string; d: string } => {
    const out: Job['out'] = { s: '', d: '' };
    if (slot !== undefined) out.slot = slot;
    jobs.push({ secret, aad, content: strToU8(JSON.stringify(content)), out });
    return out;
  };
  for (const [id, gate] of req.gates) {
    const handle = handles.get(id)!;
    const key = contentKeys.get(id)!;
    const keyContent = { t: 'key', k: key.toString('base64') };
    const sealedGate: SealedGate = {
      id,
      handle,
      check: seal(key, Buffer.from(handle), KEY_CHECK_AAD).toString('base64'),
      symmetric: [],
      slots: [],
      verifiers: [],
      hints: seal(hintKey(salt, handle), strToU8(JSON.stringify(hintList(gate.def.hints))), handle).toString(
        'base64',
      ),
    };
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
      if (p.teach) pub.teach = { tool: p.teach.tool, text: p.teach.text };
      sealedGate.puzzle = pub;
      const answers = new Set(p.answers.map((a) => normaliseAnswer(a, opts)));
      for (const a of answers) sealedGate.slots.push(job(a, handle, keyContent));
      const near = new Map(p.keepGoing.map((k) => [normaliseAnswer(k.answer, opts), k.message]));
      for (const [a, m] of near) if (!answers.has(a)) sealedGate.slots.push(job(a, handle, { t: 'keep', m }));
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
        for (const combo of fillCombinations(d.slots)) sealedGate.slots.push(job(combo, handle, keyContent));
        if (d.feedback) {
          for (const [name, s] of Object.entries(d.slots)) {
            for (const clue of Array.isArray(s.answer) ? s.answer : [s.answer]) {
              sealedGate.verifiers.push(job(`${name}=${clue}`, handle, { t: 'keep', m: 'right' }, name));
            }
          }
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
        sealedGate.symmetric = [...new Set(d.links.map((l) => l.type))].filter((t) => symmetric.has(t));
        sealedGate.slots.push(job(canonicalLinks(d.links, symmetric), handle, keyContent));
        if (d.feedback) {
          for (const l of d.links)
            sealedGate.verifiers.push(
              job(canonicalLink(l, symmetric.has(l.type)), handle, { t: 'keep', m: 'right' }),
            );
        }
      }
      sealedGate.deduction = pub;
    }
    shuffle(sealedGate.slots);
    shuffle(sealedGate.verifiers);
    group(req.gateReq(id)).gates.push(sealedGate);
  }

  let done = 0;
  options.onProgress?.(0, jobs.length);
  await mapLimit(jobs, 4, async (j) => {
    const salt = randomBytes(16);
    const k = await kdf(j.secret, salt, params);
    j.out.s = salt.toString('base64');
    j.out.d = seal(k, j.content, j.aad).toString('base64');
    options.onProgress?.(++done, jobs.length);
  });

  const zip: Zippable = {};
  const clear = strToU8(JSON.stringify(group([])));
  // Every entry is stored uncompressed, so opening never inflates anything (no zip bombs to defuse).
  zip[CLEAR_NAME] = [clear, { level: 0 }];
  const blobs: Manifest['blobs'] = [];
  const blobRequirements: string[][] = [];
  const sealedGroups = shuffle([...groups.values()].filter((g) => g.req.length > 0));
  sealedGroups.forEach((g, i) => {
    const name = `blobs/${String(i).padStart(4, '0')}.bin`;
    const requires = g.req.map((id) => handles.get(id)!).sort();
    const key = blobKey(
      salt,
      g.req.map((id) => ({ handle: handles.get(id)!, key: contentKeys.get(id)! })),
      name,
    );
    const data = seal(key, strToU8(JSON.stringify(g.payload)), name);
    zip[name] = [data, { level: 0 }];
    blobs.push({ name, requires, sha256: sha256(data) });
    blobRequirements.push(g.req);
  });
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
    },
    kdf: params,
    salt: salt.toString('base64'),
    clear: { name: CLEAR_NAME, sha256: sha256(clear) },
    blobs,
  };
  zip[MANIFEST_NAME] = [strToU8(JSON.stringify(manifest, null, 1)), { level: 0 }];
  // A fixed timestamp keeps the zip free of build-machine details.
  const bytes = zipSync(zip, { mtime: new Date('2000-01-01T00:00:00Z') });
  return { bytes, blobRequirements };
}
