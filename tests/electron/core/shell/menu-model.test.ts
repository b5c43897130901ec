import { describe, expect, it } from 'vitest';
import { buildMenuModel, type MenuItemModel } from '@core/shell/menu-model';

const flat = (items: MenuItemModel[]): MenuItemModel[] =>
  items.flatMap((item) => (item.type === 'submenu' ? [item, ...flat(item.items)] : [item]));
const labels = (items: MenuItemModel[]) =>
  items.filter((i) => i.type === 'submenu').map((i) => i.label.replace('&', ''));

describe('the application menu', () => {
  it.each(['linux', 'win32'])('on %s has File, Edit, View and Help with an About item', (platform) => {
    const model = buildMenuModel({ platform, productName: 'Resonance', development: false });
    expect(labels(model)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(flat(model)).toContainEqual({ type: 'action', label: 'About Resonance', action: 'show-about' });
  });

  it('on macOS starts with the app menu holding About, Settings and Quit', () => {
    const model = buildMenuModel({ platform: 'darwin', productName: 'Resonance', development: false });
    expect(labels(model)).toEqual(['Resonance', 'File', 'Edit', 'View', 'Help']);
    const app = model[0];
    expect(app?.type === 'submenu' && app.items.map((i) => (i.type === 'role' ? i.role : i.type))).toEqual(
      expect.arrayContaining(['about', 'quit']),
    );
  });

  it('gives the usual accelerators', () => {
    const items = flat(buildMenuModel({ platform: 'linux', productName: 'Resonance', development: false }));
    const accelerator = (command: string) =>
      items.find((i) => i.type === 'command' && i.command === command && 'accelerator' in i)?.type ===
      'command'
        ? (items.find((i) => i.type === 'command' && i.command === command) as { accelerator?: string })
            .accelerator
        : undefined;
    expect(accelerator('new-game')).toBe('CmdOrCtrl+N');
    expect(accelerator('install-pack')).toBe('CmdOrCtrl+O');
    expect(accelerator('open-settings')).toBe('CmdOrCtrl+,');
    const roles = items.flatMap((i) => (i.type === 'role' ? [i.role] : []));
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it.each(['darwin', 'linux', 'win32'])(
    'on %s has one Settings item, opened with Ctrl+, (Cmd+, on macOS)',
    (platform) => {
      const items = flat(buildMenuModel({ platform, productName: 'Resonance', development: false }));
      const settings = items.filter((i) => i.type === 'command' && i.command === 'open-settings');
      expect(settings).toEqual([
        { type: 'command', label: 'Settings…', command: 'open-settings', accelerator: 'CmdOrCtrl+,' },
      ]);
    },
  );

  it('offers developer tools only in development', () => {
    const roles = (development: boolean) =>
      flat(buildMenuModel({ platform: 'linux', productName: 'Resonance', development })).flatMap((i) =>
        i.type === 'role' ? [i.role] : [],
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
