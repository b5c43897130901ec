// IPC channel naming, kept apart from the contract so the preload bundle carries no schema code.

const PREFIX = 'resonance:';

/** The IPC channel name of a call or event. One prefix keeps our channels apart from Electron's own. */
export const channelOf = (name: string): string => `${PREFIX}${name}`;

/** The call or event name behind a channel, or undefined for a channel that is not ours. */
export const nameOfChannel = (channel: string): string | undefined =>
  channel.startsWith(PREFIX) ? channel.slice(PREFIX.length) : undefined;
