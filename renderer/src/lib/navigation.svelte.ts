// Which screen is showing, with a history for Back/Escape, and a polite live region for announcements.
import { createAnnouncer } from './announcer';

export type Screen = 'title' | 'game' | 'settings' | 'packs';

class Navigation {
  screen = $state<Screen>('title');
  announcement = $state('');
  private history: Screen[] = [];

  go(next: Screen): void {
    if (next === this.screen) return;
    this.history.push(this.screen);
    this.screen = next;
  }

  back(): void {
    this.screen = this.history.pop() ?? 'title';
  }

  home(): void {
    this.history = [];
    this.screen = 'title';
    // What the game said ("Unlocked: …") belongs to the game, not to the title screen.
    this.clearAnnouncement();
  }

  clearAnnouncement(): void {
    this.announce.cancel();
    this.announcement = '';
  }

  readonly announce = createAnnouncer((text) => (this.announcement = text));
}

export const nav = new Navigation();
