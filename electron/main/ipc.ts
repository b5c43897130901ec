// Registers every contract call on ipcMain: sender check first, then the core router (which validates
// the payload against the contract's schema). Also forwards core events to the window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelOf, eventNames, methods } from '@shared/contract';
import { fail } from '@shared/result';
import type { GameCore } from '@core/game-core';
import type { Logger } from '@core/logger';
import { isAppUrl } from '@core/shell/security-policy';

export function registerIpc(
  core: GameCore,
  trusted: () => WebContents | undefined,
  log: Logger,
  devUrl?: string,
) {
  const isTrusted = (event: IpcMainInvokeEvent): boolean => {
    const frameUrl = event.senderFrame?.url ?? '';
    return event.sender === trusted() && isAppUrl(frameUrl, devUrl);
  };

  for (const method of methods) {
    ipcMain.handle(channelOf(method), (event, payload: unknown) => {
      if (!isTrusted(event)) {
        log.warn(
          `Refused "${method}" from an untrusted sender (${event.senderFrame?.url ?? 'unknown frame'}).`,
        );
        return fail('forbidden', 'This window is not allowed to talk to the game.');
      }
      return core.router.call(method, payload);
    });
  }

  for (const name of eventNames) {
    core.events.on(name, (payload) => trusted()?.send(channelOf(name), payload));
  }
}
