// Installing a pack over one with the same id: nothing is replaced until the player has answered a
// question saying what happens; an update keeps the saves, any other pack keeps the old saves apart.
import { randomBytes } from 'node:crypto';
import type { InstallOutcome, InstallQuestion, PackSummary } from '@shared/contract';
import { UserError } from '@shared/result';
import type { Logger } from '../logger';
import type { SealedPack } from '../pack/open-pack';
import type { SaveService } from '../saves/save-service';
import type { InstallPlan, PackLibrary } from './pack-library';

/** Questions not answered within this time are forgotten, with the bytes they held. */
const QUESTION_TTL_MS = 30 * 60_000;
const MAX_PENDING = 4;

interface Pending {
  bytes: Uint8Array;
  fileName: string;
  plan: InstallPlan;
  askedAt: number;
}

export interface InstallerDeps {
  library: PackLibrary;
  saves: SaveService;
  /** Lets go of the open game of a pack whose saves are moved apart. */
  forgetGame: (packId: string) => void;
  log: Logger;
  now?: () => number;
}

export class Installer {
  private readonly pending = new Map<string, Pending>();
  private readonly now: () => number;

  constructor(private readonly deps: InstallerDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Installs a new pack at once; asks first when it would replace an installed one. */
  offer(bytes: Uint8Array, fileName: string): InstallOutcome {
    const plan = this.deps.library.plan(bytes, `"${fileName}"`);
    if (plan.relation === 'new') return this.install(bytes, fileName, plan);
    const installed = plan.installed!;
    if (plan.relation === 'same-build')
      return {
        kind: 'unchanged',
        message: `“${installed.title}” ${installed.version} (build ${installed.build ?? 'unknown'}) is installed already; nothing changed.`,
      };
    this.expire();
    const token = randomBytes(12).toString('hex');
    this.pending.set(token, { bytes, fileName, plan, askedAt: this.now() });
    return { kind: 'ask', question: this.question(token, fileName, plan) };
  }

  /** The player's answer to a question `offer` asked. */
  answer(token: string, accept: boolean): InstallOutcome {
    this.expire();
    const pending = this.pending.get(token);
    this.pending.delete(token);
    if (!pending)
      throw new UserError(
        'That install question has expired: install the pack file again to be asked once more.',
        'not-found',
      );
    const { fileName, plan } = pending;
    if (!accept)
      return {
        kind: 'unchanged',
        message: `“${plan.incoming.info.title}” was not installed; the installed pack and its saves are as they were.`,
      };
    // Asked again when something else was installed meanwhile, so the answer matches what happens.
    const now = this.deps.library.plan(pending.bytes, `"${fileName}"`);
    if (now.relation !== plan.relation || now.installed?.build !== plan.installed?.build)
      return this.offer(pending.bytes, fileName);
    return this.install(pending.bytes, fileName, plan);
  }

  private install(bytes: Uint8Array, fileName: string, plan: InstallPlan): InstallOutcome {
    const id = plan.incoming.info.id;
    let keptAt: string | undefined;
    if (plan.relation !== 'new' && plan.relation !== 'update') {
      this.deps.forgetGame(id);
      const label = plan.installed?.build ? `build-${plan.installed.build}` : `v${plan.installed?.version}`;
      keptAt = this.deps.saves.setPackAside(id, label.replace(/[^a-z0-9.-]+/gi, '-'));
    }
    const pack = this.deps.library.install(bytes, `"${fileName}"`, { replace: plan.relation !== 'new' });
    const what = `“${pack.title}” ${pack.version}`;
    const message =
      plan.relation === 'new'
        ? `Installed ${what}.`
        : plan.relation === 'update'
          ? `Updated to ${what}; your saves carry over.`
          : keptAt
            ? `Installed ${what}. The saves of the pack it replaced were kept apart, untouched, in ${keptAt}.`
            : `Installed ${what}.`;
    this.deps.log.info(message);
    return { kind: 'installed', pack, message };
  }

  private question(token: string, fileName: string, plan: InstallPlan): InstallQuestion {
    const installed = plan.installed!;
    const incoming = plan.incoming.info;
    const was = `“${installed.title}” ${installed.version}${installed.build ? ` (build ${installed.build})` : ''}`;
    const comes = `“${incoming.title}” ${incoming.version}${incoming.build ? ` (build ${incoming.build})` : ''}`;
    const count = this.slotCount(installed.id);
    const saves = count === 1 ? 'your save' : `your ${count} saves`;
    const apart =
      count === 0
        ? 'You have no saves of it.'
        : `${capitalise(saves)} of ${was} will be kept apart, untouched, and the new pack starts without saves.`;
    switch (plan.relation) {
      case 'update':
        return {
          token,
          fileName,
          relation: 'update',
          title: `Update ${was} to ${incoming.version}?`,
          message: `${comes} comes from the same author as the installed ${was} and replaces it. ${this.carryOver(installed.id, plan.incoming)}`,
          action: `Update to ${incoming.version}`,
        };
      case 'downgrade':
        return {
          token,
          fileName,
          relation: 'downgrade',
          title: `Go back from ${installed.version} to ${incoming.version}?`,
          message: `${comes} is an older version of the installed ${was}. ${apart}`,
          action: `Install ${incoming.version}`,
        };
      case 'reinstall':
        return {
          token,
          fileName,
          relation: 'reinstall',
          title: `Replace ${was} with another build of the same version?`,
          message: `${comes} has the same version as the installed pack but is a different build. ${apart}`,
          action: 'Replace it',
        };
      default:
        return {
          token,
          fileName,
          relation: 'different-pack',
          title: `Replace ${was} with a different pack?`,
          message: `${comes} by ${incoming.author} uses the same id, “${incoming.id}”, as the installed ${was} by ${installed.author}, but it ${
            incoming.identity && plan.installed && this.identityOf(installed.id)
              ? 'was signed by a different author'
              : 'cannot be shown to come from the same author'
          }: it is a different pack. ${apart}`,
          action: 'Replace it',
        };
    }
  }

  /** "All progress in your 2 saves carries over." or which saves lose what. */
  private carryOver(packId: string, incoming: SealedPack): string {
    const current = this.deps.library.installed(packId);
    let slots: { name: string; before: number; after: number }[];
    try {
      slots = this.deps.saves.listSlots(packId).map((summary) => {
        const { slot } = this.deps.saves.loadSlot(packId, summary.id);
        const keys = Object.values(slot.solvedGates).map((g) => g.contentKey);
        return {
          name: slot.name,
          before: current ? current.pack.progressWith(keys) : 0,
          after: incoming.progressWith(keys),
        };
      });
    } catch (error) {
      this.deps.log.warn(`Could not read the saves of "${packId}" to compare versions.`, error);
      return 'Your saves stay where they are; they could not be read to say how much carries over.';
    }
    if (slots.length === 0) return 'You have no saves of it yet.';
    const lost = slots.filter((s) => s.after + 1e-9 < s.before);
    if (lost.length === 0)
      return slots.length === 1
        ? 'All the progress in your save carries over.'
        : `All the progress in your ${slots.length} saves carries over.`;
    const pct = (n: number) => `${Math.round(n * 100)}%`;
    return `Your saves carry over, but puzzles that changed in this version reopen: ${lost
      .map((s) => `“${s.name}” goes from ${pct(s.before)} to ${pct(s.after)} solved`)
      .join('; ')}.`;
  }

  private identityOf(packId: string): string | undefined {
    return this.deps.library.installed(packId)?.pack.info.identity;
  }

  private slotCount(packId: string): number {
    try {
      return this.deps.saves.listSlots(packId).length;
    } catch {
      return 0;
    }
  }

  private expire(): void {
    const now = this.now();
    for (const [token, p] of this.pending) if (now - p.askedAt > QUESTION_TTL_MS) this.pending.delete(token);
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
  }
}

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

export type { PackSummary };
