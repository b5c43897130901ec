// The pack library as reactive state: installed packs, installing from a file, removing, and notices
// from the engine (a pack opened from the operating system, say).
import type { Notice, PackSummary } from '../../../electron/shared/contract';
import { fileAsBase64 } from './files';
import { call, game } from './game';
import { nav } from './navigation.svelte';

class Library {
  packs = $state<PackSummary[] | null>(null);
  notices = $state<(Notice & { id: number })[]>([]);
  /** Set when the menu asks for the install dialog, so the Packs screen opens its file picker. */
  pickRequested = $state(false);
  /** A pack that was refused, shown in a dialog that names the problem until the player closes it. */
  rejected = $state<{ fileName: string; message: string } | null>(null);
  private nextId = 1;

  async refresh(): Promise<void> {
    try {
      this.packs = await call(game().listPacks());
    } catch (e) {
      this.notify({ kind: 'error', message: (e as Error).message });
    }
  }

  async install(file: File): Promise<PackSummary | undefined> {
    if (!file.name.toLowerCase().endsWith('.rpack')) {
      this.rejected = {
        fileName: file.name,
        message: 'This is not a Resonance pack: choose a file ending in .rpack.',
      };
      return undefined;
    }
    try {
      const summary = await call(
        game().installPack({ fileName: file.name, base64: await fileAsBase64(file) }),
      );
      this.notify({ kind: 'info', message: `Installed “${summary.title}” ${summary.version}.` });
      await this.refresh();
      return summary;
    } catch (e) {
      this.rejected = { fileName: file.name, message: (e as Error).message };
      return undefined;
    }
  }

  async remove(pack: PackSummary, keepSaves: boolean): Promise<void> {
    try {
      await call(game().removePack({ packId: pack.id, keepSaves, confirm: true }));
      this.notify({
        kind: 'info',
        message: `Removed “${pack.title}”.${keepSaves ? ' Its saves are kept for when you install it again.' : ''}`,
      });
      await this.refresh();
    } catch (e) {
      this.notify({ kind: 'error', message: (e as Error).message });
    }
  }

  notify(notice: Notice): void {
    const id = this.nextId++;
    this.notices = [...this.notices, { ...notice, id }];
    if (notice.kind === 'info') nav.announce(notice.message);
    setTimeout(() => this.dismiss(id), notice.kind === 'error' ? 15_000 : 6_000);
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }
}

export const library = new Library();
