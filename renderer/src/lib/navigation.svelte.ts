// Which screen is showing, with a history for Back/Escape, and a polite live region for announcements.
export type Screen = 'title' | 'game' | 'settings' | 'packs';

class Navigation {
  screen = $state<Screen>('title');
  announcement = $state('');
  private history: Screen[] = [];
  private pending: symbol | undefined;

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
    this.pending = undefined;
    this.announcement = '';
  }

  announce(message: string): void {
    // Clearing first makes screen readers repeat a message that is the same as the last one.
    this.announcement = '';
    const pending = Symbol(message);
    this.pending = pending;
    queueMicrotask(() => {
      if (this.pending === pending) this.announcement = message;
    });
  }
}

export const nav = new Navigation();
