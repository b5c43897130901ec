// Save slots as reactive state for the Title and Packs screens: each pack's slots, the last game played,
// and renaming, deleting, exporting, importing and resetting through the engine.
import type { AppInfo, PackSummary } from '@shared/contract';
import type { SlotInfo } from '@shared/game-types';
import { downloadText } from './download';
import { call, game } from './game';
import { library } from './library.svelte';
import { nav } from './navigation.svelte';

class Slots {
  /** Slots by pack id; a pack whose slots cannot be read has an empty list. */
  byPack = $state<Record<string, SlotInfo[]>>({});
  last = $state<{ packId: string; slotId: string } | null>(null);
  info = $state<AppInfo | null>(null);

  async load(packs: PackSummary[]): Promise<void> {
    const next: Record<string, SlotInfo[]> = {};
    for (const pack of packs) {
      if (pack.damaged || pack.savesProblem) {
        next[pack.id] = [];
        continue;
      }
      try {
        next[pack.id] = await call(game().listSlots({ packId: pack.id }));
      } catch {
        next[pack.id] = [];
      }
    }
    this.byPack = next;
  }

  of(packId: string): SlotInfo[] {
    return this.byPack[packId] ?? [];
  }

  async loadLast(): Promise<{ packId: string; slotId: string } | null> {
    this.last = await call(game().lastPlayed());
    return this.last;
  }

  async loadInfo(): Promise<AppInfo> {
    this.info = await call(game().getAppInfo());
    return this.info;
  }

  quit(): Promise<null> {
    return call(game().quit());
  }

  async rename(pack: PackSummary, slot: SlotInfo, name: string): Promise<void> {
    if (!name.trim() || name === slot.name) return;
    await this.guard(() => call(game().renameSlot({ packId: pack.id, slotId: slot.id, name })));
  }

  async remove(pack: PackSummary, slot: SlotInfo): Promise<void> {
    await call(game().deleteSlot({ packId: pack.id, slotId: slot.id, confirm: true }));
    nav.announce(`Deleted “${slot.name}”.`);
  }

  async reset(pack: PackSummary): Promise<void> {
    await call(game().resetPack({ packId: pack.id, confirm: true }));
    nav.announce(`${pack.title} was reset.`);
    await library.refresh();
  }

  async exportSlot(pack: PackSummary, slot: SlotInfo): Promise<void> {
    await this.guard(async () => {
      const { fileName, text } = await call(game().exportSlot({ packId: pack.id, slotId: slot.id }));
      downloadText(fileName, text);
      nav.announce(`Exported “${slot.name}”.`);
    });
  }

  async importSlot(pack: PackSummary, file: File): Promise<void> {
    try {
      const slot = await call(game().importSlot({ packId: pack.id, text: await file.text() }));
      library.notify({ kind: 'info', message: `Imported “${slot.name}” into ${pack.title}.` });
    } catch (e) {
      library.notify({ kind: 'error', message: `${file.name}: ${(e as Error).message}` });
    }
  }

  private async guard(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (e) {
      library.notify({ kind: 'error', message: (e as Error).message });
    }
  }
}

export const slots = new Slots();
