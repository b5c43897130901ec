// Dev mode in the window: the watched folder's status, the unlock map, "start from here", and keeping the
// game view in step with each reloaded build.
import type { DevStatus, UnlockGraph } from '@shared/dev-types';
import { call, game } from '../lib/game';
import { nav } from '../lib/navigation.svelte';
import { play } from '../lib/play.svelte';

class Dev {
  status = $state.raw<DevStatus | null>(null);
  graph = $state.raw<UnlockGraph | null>(null);
  mapOpen = $state(false);
  error = $state<string | null>(null);
  private shownBuild = 0;

  /** Asks the engine whether this is a dev build; if so, opens the pack folder's game. */
  async init(): Promise<void> {
    // An engine without dev mode answers null; one that cannot answer is treated the same way.
    const status = await call(game().devStatus()).catch(() => null);
    if (!status) return;
    this.status = status;
    game().onDevChanged((next) => void this.changed(next));
    if (status.build > 0) await this.play();
    else nav.go('game');
  }

  private async play(): Promise<void> {
    this.shownBuild = this.status?.build ?? 0;
    await play.start(() => call(game().devPlay()), false);
  }

  private async changed(next: DevStatus): Promise<void> {
    this.status = next;
    if (next.build === this.shownBuild) return;
    // The first build that checks starts the game; later ones refresh the open game in place.
    if (!play.view) return this.play();
    this.shownBuild = next.build;
    play.view = await call(game().gameView());
    if (this.mapOpen) await this.loadGraph();
    nav.announce(`Dev build ${next.build} loaded.`);
  }

  async startFrom(target: string): Promise<void> {
    this.error = null;
    try {
      const view = await call(game().devStartFrom({ target }));
      play.view = view;
      play.feedback = {};
      play.scenes = [];
      const gate = [...view.puzzles].find((p) => p.id === target);
      const locked = gate && view.files.find((f) => f.lockedBy === gate.id);
      if (locked) play.selectFile(locked.id);
      else if (view.deductions.some((d) => d.id === target)) play.tab = 'board';
      nav.announce(`Started from ${target}.`);
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  /** Asks the engine to open a node's source file in the author's editor. */
  async openSource(file: string, line: number): Promise<void> {
    this.error = null;
    try {
      await call(game().devOpenSource({ file, line }));
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async loadGraph(): Promise<void> {
    try {
      this.graph = await call(game().devGraph());
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  async toggleMap(): Promise<void> {
    this.mapOpen = !this.mapOpen;
    if (this.mapOpen) await this.loadGraph();
  }
}

export const dev = new Dev();
