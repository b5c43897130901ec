// The sandboxed preload: exposes the named GameApi methods built from the contract, never ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildGameApi, type ContractNames } from '@shared/game-api';

// Filled in at build time from electron/shared/contract.ts (see electron.vite.config.ts).
declare const __CONTRACT_NAMES__: ContractNames;

const api = buildGameApi(
  {
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe: (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => void ipcRenderer.removeListener(channel, wrapped);
    },
  },
  __CONTRACT_NAMES__,
);

contextBridge.exposeInMainWorld('game', api);
