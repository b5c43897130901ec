// The application menu as data: labels, accelerators and what each item does. The main process turns it
// into a native menu; tests check it without Electron.
import type { MenuCommand } from '@shared/contract';

/** Built-in behaviours the native menu provides itself. */
export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'reload'
  | 'quit'
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'services'
  | 'minimize'
  | 'close';

/** Actions the main process carries out itself. */
export type ShellAction = 'show-about' | 'show-logs' | 'show-saves';

export type MenuItemModel =
  | { type: 'separator' }
  | { type: 'role'; role: MenuRole; label?: string }
  | { type: 'command'; label: string; command: MenuCommand; accelerator?: string }
  | { type: 'action'; label: string; action: ShellAction; accelerator?: string }
  | { type: 'submenu'; label: string; role?: 'appMenu' | 'windowMenu' | 'help'; items: MenuItemModel[] };

export interface MenuOptions {
  platform: string;
  productName: string;
  development: boolean;
}

const sep = { type: 'separator' } as const;

export function buildMenuModel({ platform, productName, development }: MenuOptions): MenuItemModel[] {
  const mac = platform === 'darwin';
  const settingsAccelerator = 'CmdOrCtrl+,';

  const appMenu: MenuItemModel[] = mac
    ? [
        {
          type: 'submenu',
          label: productName,
          role: 'appMenu',
          items: [
            { type: 'role', role: 'about', label: `About ${productName}` },
            sep,
            {
              type: 'command',
              label: 'Settings…',
              command: 'open-settings',
              accelerator: settingsAccelerator,
            },
            sep,
            { type: 'role', role: 'services' },
            sep,
            { type: 'role', role: 'hide' },
            { type: 'role', role: 'hideOthers' },
            { type: 'role', role: 'unhide' },
            sep,
            { type: 'role', role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemModel = {
    type: 'submenu',
    label: mac ? 'File' : '&File',
    items: [
      { type: 'command', label: 'New Game', command: 'new-game', accelerator: 'CmdOrCtrl+N' },
      { type: 'command', label: 'Continue', command: 'continue', accelerator: 'CmdOrCtrl+Shift+C' },
      sep,
      { type: 'command', label: 'Install Pack…', command: 'install-pack', accelerator: 'CmdOrCtrl+O' },
      { type: 'command', label: 'Pack Library', command: 'open-packs', accelerator: 'CmdOrCtrl+L' },
      sep,
      { type: 'command', label: 'Title Screen', command: 'title', accelerator: 'CmdOrCtrl+Shift+T' },
      ...(mac
        ? [{ type: 'role', role: 'close' } as const]
        : [
            {
              type: 'command',
              label: 'Settings…',
              command: 'open-settings',
              accelerator: settingsAccelerator,
            } as const,
            sep,
            { type: 'role', role: 'quit', label: 'Quit' } as const,
          ]),
    ],
  };

  const edit: MenuItemModel = {
    type: 'submenu',
    label: mac ? 'Edit' : '&Edit',
    items: [
      { type: 'role', role: 'undo' },
      { type: 'role', role: 'redo' },
      sep,
      { type: 'role', role: 'cut' },
      { type: 'role', role: 'copy' },
      { type: 'role', role: 'paste' },
      { type: 'role', role: 'selectAll' },
    ],
  };

  const view: MenuItemModel = {
    type: 'submenu',
    label: mac ? 'View' : '&View',
    items: [
      { type: 'role', role: 'resetZoom', label: 'Actual Size' },
      { type: 'role', role: 'zoomIn' },
      { type: 'role', role: 'zoomOut' },
      sep,
      { type: 'role', role: 'togglefullscreen' },
      ...(development
        ? [sep, { type: 'role', role: 'reload' } as const, { type: 'role', role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const help: MenuItemModel = {
    type: 'submenu',
    label: mac ? 'Help' : '&Help',
    role: 'help',
    items: [
      { type: 'action', label: 'Open Saves Folder', action: 'show-saves' },
      { type: 'action', label: 'Open Logs Folder', action: 'show-logs' },
      ...(mac ? [] : [sep, { type: 'action', label: `About ${productName}`, action: 'show-about' } as const]),
    ],
  };

  return [...appMenu, file, edit, view, help];
}
