// The pack library as reactive state: installed packs, installing from a file (asking first before one
// replaces another), removing, and the notices the engine kept until the window could show them.
import type { InstallOutcome, InstallQuestion, Notice, PackSummary } from '@shared/contract';
import { call, game } from './game';
import { nav } from './navigation.svelte';

class Library {
  packs = $state<PackSummary[] | null>(null);
  notices = $state<(Notice & { id: number })[]>([]);
  /** Set when the menu asks for the install dialog, so the Packs screen opens its file picker. */
  pickRequested = $state(false);
  /** A pack that was refused, shown in a dialog that names the problem until the player closes it. */
  rejected = $state<{ fileName: string; message: string } | null>(null);
  /** A pack that would replace an installed one, waiting for the player's answer. */
  question = $state<InstallQuestion | null>(null);
  private nextId = 1;
  private started = false;

  /** Fetches the notices the engine kept, and fetches again whenever it says more are waiting. */
  start(): () => void {
    if (this.started) return () => undefined;
    this.started = true;
    const api = game();
    const offPending = api.onNoticesPending(() => void this.takeNotices());
    const offQuestion = api.onInstallQuestion((question) => (this.question = question));
    void this.takeNotices();
    return () => {
      offPending();
      offQuestion();
      this.started = false;
    };
  }

  async takeNotices(): Promise<void> {
    try {
      for (const notice of await call(game().takeNotices())) this.notify(notice);
    } catch (e) {
      this.notify({ kind: 'error', message: (e as Error).message });
    }
  }

  async refresh(): Promise<void> {
    try {
      this.packs = await call(game().listPacks());
    } catch (e) {
      this.notify({ kind: 'error', message: (e as Error).message });
    }
  }

  async install(file: File): Promise<InstallOutcome | undefined> {
    if (!file.name.toLowerCase().endsWith('.rpack')) {
      this.rejected = {
        fileName: file.name,
        message: 'This is not a Resonance pack: choose a file ending in .rpack.',
      };
      return undefined;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return await this.settle(await call(game().installPack({ fileName: file.name, bytes })));
    } catch (e) {
      this.rejected = { fileName: file.name, message: (e as Error).message };
      return undefined;
    }
  }

  /** The player's answer to the install question on screen. */
  async answer(accept: boolean): Promise<void> {
    const question = this.question;
    this.question = null;
    if (!question) return;
    try {
      await this.settle(await call(game().confirmInstall({ token: question.token, accept })));
    } catch (e) {
      this.rejected = { fileName: question.fileName, message: (e as Error).message };
    }
  }

  private async settle(outcome: InstallOutcome): Promise<InstallOutcome> {
    if (outcome.kind === 'ask') this.question = outcome.question;
    else {
      this.notify({ kind: 'info', message: outcome.message });
      if (outcome.kind === 'installed') await this.refresh();
    }
    return outcome;
  }

  async remove(pack: PackSummary, keepSaves: boolean): Promise<void> {
    try {
      await call(game().removePack({ packId: pack.id, keepSaves, confirm: true }));
      this.notify({
        kind: 'info',
        message: `Removed “${pack.title}”.${keepSaves && !pack.damaged ? ' Its saves are kept for when you install it again.' : ''}`,
      });
      await this.refresh();
    } catch (e) {
      this.notify({ kind: 'error', message: (e as Error).message });
    }
  }

  notify(notice: Notice): void {
    const id = this.nextId++;
    this.notices = [...this.notices, { ...notice, id }];
    if (notice.kind === 'info') {
      nav.announce(notice.message);
      setTimeout(() => this.dismiss(id), 6_000);
    }
    // Warnings and errors stay until the player dismisses them: they say what happened to their saves.
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

export const library = new Library();
