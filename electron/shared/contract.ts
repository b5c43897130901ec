// The one list of calls between the renderer and the main process: each call's request schema and
// response type, and each event the main process may send. Preload, ipcMain registration, the router
// and the renderer's GameApi are all derived from this file.
import { z } from 'zod';
import { SettingsPatchSchema, type Settings } from './settings';

/** Declares a response type without a runtime schema: responses come from our own core. */
const returns = <T>() => undefined as unknown as T;

const none = z.undefined();

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** True where the host can quit itself (the desktop app), false in a browser host. */
  canQuit: boolean;
  logFolder: string;
  dataFolder: string;
}

export interface PackSummary {
  id: string;
  title: string;
  author: string;
  version: string;
  description: string;
  builtIn: boolean;
  /** 0..1, how much of the pack the newest save slot has solved. */
  progress: number;
}

export const contract = {
  getAppInfo: { request: none, response: returns<AppInfo>() },
  getSettings: { request: none, response: returns<Settings>() },
  updateSettings: { request: SettingsPatchSchema, response: returns<Settings>() },
  listPacks: { request: none, response: returns<PackSummary[]>() },
  quit: { request: none, response: returns<null>() },
} as const;

/** Events the main process sends to the renderer, with their payload schemas. */
export const MENU_COMMANDS = [
  'new-game',
  'continue',
  'open-settings',
  'open-packs',
  'install-pack',
  'title',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const events = {
  menuCommand: z.enum(MENU_COMMANDS),
  settingsChanged: z.custom<Settings>(),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type EventName = keyof typeof events;
export type RequestOf<M extends Method> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends Method> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends Method> = Contract[M]['response'];
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methods = Object.keys(contract) as Method[];
export const eventNames = Object.keys(events) as EventName[];

export { channelOf } from './channels';
