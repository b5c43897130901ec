// Opens a sealed .rpack: integrity checks, then the SealedPack API the game session calls to play it.
import { createHash, verify as verifySignature } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { canonicalFills, canonicalLink, canonicalLinks, normaliseAnswer } from '@shared/answers/normalise';
import type {
  AnswerOutcome,
  DeductionFeedback,
  DeductionSubmission,
  Hint,
  PackView,
  PublicPackInfo,
  Unlocked,
} from '@shared/pack/public-types';
import { ID_PATTERN } from '@shared/ids';
import { UserError } from '@shared/result';
import { kdfUnits, MAX_CHECK_UNITS, REFERENCE_UNITS_PER_SECOND } from './kdf-cost';
import { isReservedDeviceName } from '@shared/reserved-names';
import { LIMITS } from './limits';
import { sanitiseHtml } from './markdown';
import { identityKey } from './pack-secret';
import {
  blobKey,
  BLOB_NAME,
  buildId,
  CLEAR_NAME,
  decodeContentKey,
  encodeContentKey,
  kdf,
  KEY_CHECK_AAD,
  MANIFEST_NAME,
  manifestSchema,
  payloadSchema,
  pinContentSchema,
  revealContentSchema,
  RPACK_FORMAT,
  RPACK_VERSION,
  SIGNATURE_NAME,
  slotContentSchema,
  slotSecret,
  subKey,
  unseal,
  type Manifest,
  type Payload,
  type SealedGate,
} from './rpack-format';
import { lockKey } from './timelock';

const damaged = (detail: string): UserError =>
  new UserError(
    `This .rpack file is damaged or was altered (${detail}): download or build it again.`,
    'invalid-pack',
  );

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    throw damaged(`${what} is not readable`);
  }
}

/** Reads and validates a .rpack file's bytes; throws UserError for anything that is not a sound pack. */
export function openPack(bytes: Uint8Array): SealedPack {
  if (!(bytes instanceof Uint8Array))
    throw new UserError('A pack must be given as file bytes.', 'invalid-pack');
  if (bytes.length > LIMITS.maxPackBytes)
    throw new UserError(
      `This pack is larger than ${LIMITS.maxPackBytes / 1048576} MB, the most Resonance opens: ask its author for a smaller one.`,
      'invalid-pack',
    );
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new UserError(
      'This file is not a Resonance pack (.rpack): choose a file made by "resonance pack build".',
      'invalid-pack',
    );
  let entries: Record<string, Uint8Array>;
  let total = 0;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (++count > LIMITS.maxEntries) throw new RangeError('entries');
        const name = f.name;
        if (
          name.includes('..') ||
          name.startsWith('/') ||
          name.includes('\\') ||
          /^[A-Za-z]:/.test(name) ||
          name.includes('\0')
        )
          throw new TypeError(`slip:${name}`);
        // Packs store entries uncompressed; a compressed entry could inflate far beyond what it declares.
        if (f.compression !== 0) throw new RangeError('compressed');
        total += f.originalSize;
        if (f.originalSize > LIMITS.maxPackBytes || total > LIMITS.maxPackBytes) throw new RangeError('size');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof TypeError && e.message.startsWith('slip:'))
      throw new UserError(
        `This pack contains an entry named "${e.message.slice(5)}" that points outside the pack: it is unsafe, so it was not opened.`,
        'invalid-pack',
      );
    if (e instanceof RangeError && e.message === 'compressed')
      throw new UserError(
        'This pack has compressed entries, which Resonance packs never have: it was not made by "resonance pack build", so it was not opened.',
        'invalid-pack',
      );
    if (e instanceof RangeError)
      throw new UserError(
        `This pack unpacks to more than ${LIMITS.maxPackBytes / 1048576} MB or ${LIMITS.maxEntries} entries: it was not opened.`,
        'invalid-pack',
      );
    throw damaged('the zip structure is broken or truncated');
  }
  const names = Object.keys(entries);
  for (const name of names) {
    if (name !== MANIFEST_NAME && name !== SIGNATURE_NAME && name !== CLEAR_NAME && !BLOB_NAME.test(name))
      throw damaged(`unexpected entry "${name}"`);
  }
  const manifestBytes = entries[MANIFEST_NAME];
  if (!manifestBytes) throw damaged('it has no manifest');
  const raw = parseJson(manifestBytes, 'the manifest');
  if (
    raw &&
    typeof raw === 'object' &&
    'formatVersion' in raw &&
    (raw as { format?: unknown }).format === RPACK_FORMAT
  ) {
    const v = (raw as { formatVersion: unknown }).formatVersion;
    // Only a number or text is named: anything else in a hostile manifest may not even turn into text.
    const named = typeof v === 'number' || typeof v === 'string' ? String(v).slice(0, 20) : 'unknown';
    if (v !== RPACK_VERSION)
      throw new UserError(
        `This pack uses format version ${named}, but this Resonance reads version ${RPACK_VERSION}: update Resonance, or ask the author to build with a matching version.`,
        'invalid-pack',
      );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw damaged('the manifest is not valid');
  const manifest = parsed.data;
  const id = manifest.pack.id;
  if (!ID_PATTERN.test(id) || id.length > 64 || isReservedDeviceName(id))
    throw new UserError(
      `This pack's id "${id.length > 80 ? `${id.slice(0, 77)}...` : id}" cannot be installed: a pack id is at most 64 lowercase letters, digits and single hyphens, and not a name Windows keeps for devices (such as con or nul). Ask its author to rename the pack.`,
      'invalid-pack',
    );
  const signature = entries[SIGNATURE_NAME];
  const author = identityKey(manifest.pack.identity);
  if (!signature || !author || !verifySignature(null, manifestBytes, author, signature))
    throw damaged("its author's signature does not match");
  if (kdfUnits(manifest.kdf) > MAX_CHECK_UNITS)
    throw new UserError(
      `This pack asks for about ${Math.round(kdfUnits(manifest.kdf) / REFERENCE_UNITS_PER_SECOND)} s of work for every answer check, more than the ${Math.round(MAX_CHECK_UNITS / REFERENCE_UNITS_PER_SECOND)} s Resonance allows: it was not opened. Ask its author to build it with the normal cost.`,
      'invalid-pack',
    );
  const clearBytes = entries[CLEAR_NAME];
  if (!clearBytes || sha256(clearBytes) !== manifest.clear.sha256)
    throw damaged('the open content does not match its hash');
  const listed = new Set([MANIFEST_NAME, SIGNATURE_NAME, CLEAR_NAME, ...manifest.blobs.map((b) => b.name)]);
  if (listed.size !== manifest.blobs.length + 3) throw damaged('the manifest lists an entry twice');
  for (const name of names) if (!listed.has(name)) throw damaged(`"${name}" is not in the manifest`);
  const blobs = new Map<string, Uint8Array>();
  for (const b of manifest.blobs) {
    const data = entries[b.name];
    if (!data) throw damaged(`"${b.name}" is missing`);
    if (sha256(data) !== b.sha256) throw damaged(`"${b.name}" does not match its hash`);
    blobs.set(b.name, data);
  }
  const clear = payloadSchema.safeParse(parseJson(clearBytes, 'the open content'));
  if (!clear.success) throw damaged('the open content is not valid');
  return new SealedPack(manifest, cleaned(clear.data), blobs, buildId(manifestBytes));
}

/**
 * Pack HTML is sanitised again on opening: a .rpack may come from anyone, not only from our sealer.
 * (The window sanitises once more and its CSP forbids scripts; this keeps the core's own promise.)
 */
function cleaned(payload: Payload): Payload {
  return {
    ...payload,
    scenes: payload.scenes.map((s) => ({ ...s, html: sanitiseHtml(s.html) })),
    bodies: payload.bodies.map((b) => ({ ...b, html: sanitiseHtml(b.html) })),
  };
}

/** What one gate's hint time-lock needs to be worked through: the modulus, the start and the squarings. */
export interface HintLock {
  /** Identifies this lock: changes when the pack's lock for the gate changes. */
  id: string;
  n: Buffer;
  x: Buffer;
  pinAfter: number;
  revealAfter: number;
}

/** Values reached on a gate's time-lock: after `pinAfter` squarings, and after `revealAfter` more. */
export interface LockValues {
  pin?: Uint8Array;
  reveal?: Uint8Array;
}

/** What opening stored keys found. */
export interface UnlockReport {
  view: PackView;
  /** Gates whose stored key does not fit this build (changed or rebuilt without the author's secret). */
  rejected: { gateId: string; title: string }[];
  /** Stored keys of gates not reachable yet with the keys that fit; kept for when they are. */
  pending: string[];
}

const diffById = <T extends { id: string }>(before: T[], after: T[]): T[] => {
  const seen = new Set(before.map((x) => x.id));
  return after.filter((x) => !seen.has(x.id));
};

/**
 * A sealed pack being played. It keeps the content keys of solved gates; everything it returns is
 * content those keys unlock. Answer checks run the KDF asynchronously, off the event loop.
 */
export class SealedPack {
  readonly info: PublicPackInfo;
  private readonly keys = new Map<string, Buffer>();
  private readonly opened = new Map<string, Payload>();
  /** Each gate's lock, made once: every view asks for the lock of every gate it shows. */
  private readonly locks = new Map<string, HintLock>();

  constructor(
    private readonly manifest: Manifest,
    private readonly clear: Payload,
    private readonly blobs: Map<string, Uint8Array>,
    readonly build: string,
  ) {
    this.info = { ...manifest.pack, build };
  }

  /** What a new player sees: only the clear content. Does not change this pack's unlocked state. */
  initialState(): PackView {
    return this.buildView([this.clear], new Set());
  }

  /** Everything available with the keys held so far. */
  view(): PackView {
    const payloads = this.openAll();
    return this.buildView(payloads, new Set(this.keys.keys()));
  }

  /** Share of the pack's gates solved so far, 0..1, for the pack library. */
  progress(): number {
    const view = this.view();
    if (this.info.gateCount === 0) return view.finished ? 1 : 0;
    return Math.min(1, view.solved.length / this.info.gateCount);
  }

  /** A separate copy with no keys, sharing this pack's verified bytes (no re-reading or re-hashing). */
  fork(): SealedPack {
    return new SealedPack(this.manifest, this.clear, this.blobs, this.build);
  }

  /** What the given stored keys unlock, without changing this pack's own state (for library progress). */
  viewWith(contentKeys: readonly string[]): PackView {
    return this.fork().unlock(contentKeys).view;
  }

  /** Progress 0..1 of the given stored keys, without changing this pack's own state. */
  progressWith(contentKeys: readonly string[]): number {
    const copy = this.fork();
    copy.unlock(contentKeys);
    return copy.progress();
  }

  /** The content keys held, as a save stores them. */
  contentKeys(): string[] {
    const gates = this.knownGates(this.openAll());
    return [...gates.values()]
      .filter((g) => this.keys.has(g.handle))
      .map((g) => encodeContentKey(g.handle, this.keys.get(g.handle)!));
  }

  /** Adds stored content keys to this pack's state (keys add up across calls); returns everything then available. */
  unlockWith(contentKeys: readonly string[]): PackView {
    return this.unlock(contentKeys).view;
  }

  /**
   * Adds stored content keys, keeping those that fit this build: a key is checked against its gate once
   * the gate is visible, so keys are taken in rounds until nothing more opens. Keys that do not fit are
   * reported, never thrown: the gate simply reopens.
   */
  unlock(contentKeys: readonly string[]): UnlockReport {
    let pending = new Map<string, { text: string; key: Buffer }>();
    for (const text of contentKeys) {
      const decoded = typeof text === 'string' ? decodeContentKey(text) : undefined;
      if (!decoded)
        throw new UserError(
          'The saved progress holds a key in an unknown form: the save is damaged; start the pack again or restore a backup.',
          'corrupt-save',
        );
      if (!this.keys.has(decoded.handle)) pending.set(decoded.handle, { text, key: decoded.key });
    }
    const rejected: UnlockReport['rejected'] = [];
    for (;;) {
      const gates = this.knownGates(this.openAll());
      const next = new Map<string, { text: string; key: Buffer }>();
      let progressed = false;
      for (const [handle, entry] of pending) {
        const gate = [...gates.values()].find((g) => g.handle === handle);
        if (!gate) {
          next.set(handle, entry);
          continue;
        }
        progressed = true;
        if (unseal(entry.key, Buffer.from(gate.check, 'base64'), KEY_CHECK_AAD))
          this.keys.set(handle, entry.key);
        else
          rejected.push({ gateId: gate.id, title: gate.puzzle?.title ?? gate.deduction?.title ?? gate.id });
      }
      pending = next;
      if (!progressed) break;
    }
    return {
      view: this.view(),
      rejected,
      pending: [...pending.values()].map((p) => p.text),
    };
  }

  /** Checks an answer to a puzzle (text) or a deduction (fills or links). */
  async tryAnswer(gateId: string, answer: string | DeductionSubmission): Promise<AnswerOutcome> {
    const gate = this.availableGate(gateId);
    const secret = this.secretFor(gate, answer);
    if (secret === '') return { kind: 'wrong' };
    return this.trySecret(gate, secret);
  }

  /**
   * Checks what a save kept of a solved gate (the normalised answer, or the canonical deduction): how
   * progress carries over to a build whose keys differ, and how a changed answer is found out.
   */
  async tryProof(gateId: string, proof: string): Promise<AnswerOutcome> {
    const gate = this.availableGate(gateId);
    if (proof === '') return { kind: 'wrong' };
    return this.trySecret(gate, proof);
  }

  private async trySecret(gate: SealedGate, secret: string): Promise<AnswerOutcome> {
    // One derivation per check, whatever the number of slots: the slots are then tried with a cheap AES key.
    const derived = await kdf(secret, Buffer.from(gate.salt, 'base64'), this.manifest.kdf);
    const slotKey = subKey(derived, 'slot');
    let opened: Buffer | undefined;
    for (const slot of gate.slots) {
      opened ??= unseal(slotKey, Buffer.from(slot, 'base64'), gate.handle);
    }
    if (!opened) return { kind: 'wrong' };
    const content = slotContentSchema.safeParse(parseJson(opened, 'a key slot'));
    if (!content.success) throw damaged('a key slot is not valid');
    if (content.data.t === 'keep') return { kind: 'keep-going', message: content.data.m };
    const key = Buffer.from(content.data.k, 'base64');
    if (key.length !== 32 || !unseal(key, Buffer.from(gate.check, 'base64'), KEY_CHECK_AAD))
      throw damaged('a key slot holds a wrong key');
    const before = this.view();
    this.keys.set(gate.handle, key);
    let after: PackView;
    try {
      after = this.view();
    } catch (e) {
      this.keys.delete(gate.handle);
      throw e;
    }
    const unlocked: Unlocked = {
      chapters: diffById(before.chapters, after.chapters),
      completedChapters: after.completedChapters.filter((c) => !before.completedChapters.includes(c)),
      scenes: diffById(before.scenes, after.scenes),
      files: diffById(before.files, after.files),
      bodies: diffById(before.bodies, after.bodies),
      clues: diffById(before.clues, after.clues),
      puzzles: diffById(before.puzzles, after.puzzles),
      deductions: diffById(before.deductions, after.deductions),
    };
    return { kind: 'solved', contentKey: encodeContentKey(gate.handle, key), proof: secret, unlocked };
  }

  /**
   * Says which slots (or links) of a submission are right, when the deduction offers feedback. The
   * verifiers travel in the pinpoint lock, so feedback opens with the pinpoint rung; `pin` is the lock's
   * value (not needed when the pack has no lock).
   */
  async deductionFeedback(
    gateId: string,
    submission: DeductionSubmission,
    pin?: Uint8Array,
  ): Promise<DeductionFeedback> {
    const gate = this.availableGate(gateId);
    const d = gate.deduction;
    if (!d) throw new UserError(`"${gateId}" is a puzzle, not a deduction: answer it with text.`);
    if (!d.feedback || !gate.feedback)
      throw new UserError(`The deduction "${gateId}" checks only the whole group: submit it to check it.`);
    const opened = this.openPin(gate, pin);
    if (!opened) throw new UserError(this.lockedMessage('Feedback on single slots'), 'conflict');
    const { kdf: params, salt } = gate.feedback;
    const tryVerifiers = async (secret: string, slot: string | undefined): Promise<'right' | 'wrong'> => {
      const candidates = opened.verifiers.filter((v) => v.slot === slot);
      if (candidates.length === 0) return 'wrong';
      const key = subKey(await kdf(secret, Buffer.from(salt, 'base64'), params), 'verifier');
      return candidates.some((v) => unseal(key, Buffer.from(v.d, 'base64'), gate.handle)) ? 'right' : 'wrong';
    };
    if (d.kind === 'fill') {
      if (!('fills' in submission)) throw new UserError(`The deduction "${gateId}" takes fills, not links.`);
      const slots: Record<string, 'right' | 'wrong'> = {};
      for (const s of d.slots) {
        const clue = submission.fills[s.name];
        slots[s.name] =
          typeof clue === 'string' && clue !== ''
            ? await tryVerifiers(slotSecret(s.name, clue), s.name)
            : 'wrong';
      }
      return { kind: 'fill', slots };
    }
    if (!('links' in submission)) throw new UserError(`The deduction "${gateId}" takes links, not fills.`);
    // The work of one check is bounded: a submission with far more links than needed gets no feedback.
    if (submission.links.length > gate.feedback.items)
      throw new UserError(
        `This deduction needs ${d.linkCount} links; you chose ${submission.links.length}. Leave out the ones you are least sure of to get feedback.`,
      );
    const symmetric = new Set(gate.symmetric);
    const links: ('right' | 'wrong')[] = [];
    for (const l of submission.links)
      links.push(await tryVerifiers(canonicalLink(l, symmetric.has(l.type)), undefined));
    return { kind: 'links', links };
  }

  /**
   * For every gate visible with the keys held: the gates whose keys its definition was sealed under
   * (empty for gates open from the start). This is the unlock graph as the file shows it to a solver.
   */
  gateRequirements(): Map<string, string[]> {
    const idOf = new Map<string, string>();
    const out = new Map<string, string[]>();
    const gates = this.clear.gates.map((g) => ({ g, requires: [] as string[] }));
    for (const b of this.manifest.blobs) {
      const payload = this.opened.get(b.name);
      if (payload) gates.push(...payload.gates.map((g) => ({ g, requires: b.requires })));
    }
    for (const { g } of gates) idOf.set(g.handle, g.id);
    for (const { g, requires } of gates)
      out.set(
        g.id,
        requires.map((h) => idOf.get(h) ?? h),
      );
    return out;
  }

  /** The time-lock that seals an available gate's pinpoint and reveal rungs. */
  hintLock(gateId: string): HintLock {
    const gate = this.availableGate(gateId);
    const known = this.locks.get(gateId);
    if (known) return known;
    const n = Buffer.from(this.manifest.timelock.n, 'base64');
    const lock: HintLock = {
      id: createHash('sha256')
        .update(this.manifest.timelock.n)
        .update(gate.hints.x)
        .update(`${gate.hints.pinAfter}/${gate.hints.revealAfter}`)
        .digest('hex')
        .slice(0, 16),
      n,
      x: Buffer.from(gate.hints.x, 'base64'),
      pinAfter: gate.hints.pinAfter,
      revealAfter: gate.hints.revealAfter,
    };
    this.locks.set(gateId, lock);
    return lock;
  }

  /**
   * The hint rungs of an available gate that can be read with the lock values reached so far: nudge and
   * method always, pinpoint and reveal once their locks are worked through (at once when they have none).
   */
  hintsFor(gateId: string, values: LockValues = {}): Hint[] {
    const gate = this.availableGate(gateId);
    const hints: Hint[] = [
      { rung: 'nudge', text: gate.hints.nudge },
      { rung: 'method', text: gate.hints.method },
    ];
    const pin = this.openPin(gate, values.pin);
    if (pin) hints.push({ rung: 'pinpoint', text: pin.text });
    const revealValue =
      gate.hints.revealAfter === 0 && pin
        ? (values.pin ?? Buffer.from(gate.hints.x, 'base64'))
        : values.reveal;
    if (revealValue) {
      const plain = unseal(
        lockKey(revealValue, 'reveal'),
        Buffer.from(gate.hints.reveal, 'base64'),
        gate.handle,
      );
      const parsed = plain && revealContentSchema.safeParse(parseJson(plain, 'the reveal'));
      if (parsed && parsed.success) hints.push({ rung: 'reveal', text: parsed.data.text });
      else if (plain) throw damaged('the hints are not readable');
    }
    return hints;
  }

  private openPin(
    gate: SealedGate,
    value: Uint8Array | undefined,
  ): { text: string; verifiers: { slot?: string; d: string }[] } | undefined {
    const v = value ?? (gate.hints.pinAfter === 0 ? Buffer.from(gate.hints.x, 'base64') : undefined);
    if (!v) return undefined;
    const plain = unseal(lockKey(v, 'pin'), Buffer.from(gate.hints.pin, 'base64'), gate.handle);
    if (!plain) return undefined;
    const parsed = pinContentSchema.safeParse(parseJson(plain, 'the pinpoint'));
    if (!parsed.success) throw damaged('the hints are not readable');
    return parsed.data;
  }

  private lockedMessage(what: string): string {
    return `${what} opens after some minutes of work on this file: the game works the lock through while you play.`;
  }

  private secretFor(gate: SealedGate, answer: string | DeductionSubmission): string {
    if (gate.puzzle) {
      if (typeof answer !== 'string') throw new UserError(`"${gate.id}" is a puzzle: answer it with text.`);
      return normaliseAnswer(answer, { keepSpaces: gate.puzzle.keepSpaces });
    }
    if (typeof answer === 'string' || answer === null || typeof answer !== 'object')
      throw new UserError(`"${gate.id}" is a deduction: submit its fills or links.`);
    if ('fills' in answer && gate.deduction?.kind === 'fill') {
      const fills = answer.fills;
      if (!fills || typeof fills !== 'object')
        throw new UserError('The fills must map slot names to clue ids.');
      const names = gate.deduction.slots.map((s) => s.name);
      // Every slot must be filled; a partial group is simply wrong, so nothing is learned from it.
      if (names.some((n) => typeof fills[n] !== 'string' || fills[n] === '')) return '';
      return canonicalFills(Object.fromEntries(names.map((n) => [n, fills[n]!])));
    }
    if ('links' in answer && gate.deduction?.kind === 'links') {
      if (
        !Array.isArray(answer.links) ||
        answer.links.some(
          (l) => !l || typeof l.from !== 'string' || typeof l.to !== 'string' || typeof l.type !== 'string',
        )
      )
        throw new UserError('Each link needs text fields from, type and to.');
      return canonicalLinks(answer.links, new Set(gate.symmetric));
    }
    throw new UserError(
      `The deduction "${gate.id}" takes ${gate.deduction?.kind === 'fill' ? 'fills' : 'links'}.`,
    );
  }

  private availableGate(gateId: string): SealedGate {
    const gate = this.knownGates(this.openAll()).get(gateId);
    if (!gate)
      throw new UserError(`"${gateId}" is not open yet: solve what comes before it first.`, 'not-found');
    return gate;
  }

  private knownGates(payloads: Payload[]): Map<string, SealedGate> {
    return new Map(payloads.flatMap((p) => p.gates.map((g) => [g.id, g] as const)));
  }

  /** Opens every blob whose required gates all have keys; caches what it opened. */
  private openAll(): Payload[] {
    const out: Payload[] = [this.clear];
    const salt = Buffer.from(this.manifest.salt, 'base64');
    for (const b of this.manifest.blobs) {
      if (!b.requires.every((h) => this.keys.has(h))) continue;
      let payload = this.opened.get(b.name);
      if (!payload) {
        const key = blobKey(
          salt,
          b.requires.map((h) => ({ handle: h, key: this.keys.get(h)! })),
          b.name,
        );
        const plain = unseal(key, this.blobs.get(b.name)!, b.name);
        if (!plain)
          throw new UserError(
            'This pack does not open with the keys held: the pack file was altered, or the saved progress belongs to another build of it. Reinstall the pack; if that does not help, start it again.',
            'invalid-pack',
          );
        const parsed = payloadSchema.safeParse(parseJson(plain, `"${b.name}"`));
        if (!parsed.success) throw damaged(`"${b.name}" is not valid`);
        payload = cleaned(parsed.data);
        this.opened.set(b.name, payload);
      }
      out.push(payload);
    }
    return out;
  }

  private buildView(payloads: Payload[], handles: Set<string>): PackView {
    const gates = payloads.flatMap((p) => p.gates);
    const completed = payloads.flatMap((p) => p.completed);
    return {
      pack: { ...this.info },
      linkTypes: payloads.flatMap((p) => p.linkTypes),
      chapters: payloads.flatMap((p) => p.chapters).sort((a, b) => a.index - b.index),
      completedChapters: completed,
      scenes: payloads.flatMap((p) => p.scenes),
      files: payloads.flatMap((p) => p.files),
      bodies: payloads.flatMap((p) => p.bodies),
      clues: payloads.flatMap((p) => p.clues),
      puzzles: gates.flatMap((g) => (g.puzzle ? [g.puzzle] : [])),
      deductions: gates.flatMap((g) => (g.deduction ? [g.deduction] : [])),
      solved: gates.filter((g) => handles.has(g.handle)).map((g) => g.id),
      finished: completed.length >= this.info.chapterCount,
    };
  }
}
