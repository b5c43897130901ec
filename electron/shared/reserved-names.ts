// Names Windows keeps for devices: a file or folder named after one (with any extension) opens the device.

const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/** True when `name` (one path segment) would name a Windows device, whatever its extension. */
export function isReservedDeviceName(name: string): boolean {
  const stem = name.replace(/[. ]+$/, '').split('.')[0] ?? '';
  return DEVICE.test(stem.trim());
}
