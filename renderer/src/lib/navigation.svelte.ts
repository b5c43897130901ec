// Which screen is showing, with a history for Back/Escape, and a polite live region for announcements.
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
  }

  announce(message: string): void {
    // Clearing first makes screen readers repeat a message that is the same as the last one.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
  }
}

export const nav = new Navigation();
