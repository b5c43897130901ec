// Turns the core's menu model into the native application menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/contract';
import { buildMenuModel, type MenuItemModel, type ShellAction } from '@core/shell/menu-model';

export interface MenuHandlers {
  command(command: MenuCommand): void;
  action(action: ShellAction): void;
}

function toNative(item: MenuItemModel, handlers: MenuHandlers): MenuItemConstructorOptions {
  switch (item.type) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return { role: item.role, ...(item.label ? { label: item.label } : {}) };
    case 'command':
      return {
        label: item.label,
        accelerator: item.accelerator,
        click: () => handlers.command(item.command),
      };
    case 'action':
      return { label: item.label, accelerator: item.accelerator, click: () => handlers.action(item.action) };
    case 'submenu':
      return {
        label: item.label,
        ...(item.role ? { role: item.role } : {}),
        submenu: item.items.map((child) => toNative(child, handlers)),
      };
  }
}

export function installMenu(platform: string, development: boolean, handlers: MenuHandlers): void {
  const model = buildMenuModel({ platform, productName: 'Resonance', development });
  Menu.setApplicationMenu(Menu.buildFromTemplate(model.map((item) => toNative(item, handlers))));
}
