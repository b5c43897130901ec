import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '@core/conf-store';
import { memoryLogger } from '@core/logger';
import { SettingsService } from '@core/settings-service';
import { DEFAULT_SETTINGS } from '@shared/settings';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'resonance-settings-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the settings service', () => {
  it('starts from the defaults', () => {
    const service = new SettingsService(confStoreFactory(dir)('settings'), memoryLogger());
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an update on disk for the next start', () => {
    new SettingsService(confStoreFactory(dir)('settings'), memoryLogger()).update({
      fontScale: 1.5,
      theme: 'light',
    });
    const again = new SettingsService(confStoreFactory(dir)('settings'), memoryLogger());
    expect(again.get()).toMatchObject({ fontScale: 1.5, theme: 'light', highContrast: false });
  });

  it('resets only the damaged fields of a hand-edited file, and says so in the log', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ settings: { fontScale: 'enormous', highContrast: true, theme: 'neon' } }),
    );
    const log = memoryLogger();
    const service = new SettingsService(confStoreFactory(dir, log)('settings'), log);
    expect(service.get()).toMatchObject({ fontScale: 1, highContrast: true, theme: 'dark' });
    expect(
      log.lines
        .filter((l) => l.level === 'warn')
        .map((l) => l.message)
        .join('\n'),
    ).toMatch(/fontScale[\s\S]*theme/);
  });

  it('moves an unreadable file aside instead of crashing or deleting it', () => {
    writeFileSync(join(dir, 'settings.json'), '{ this is not json');
    const log = memoryLogger();
    const service = new SettingsService(confStoreFactory(dir, log)('settings'), log);
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir).some((f) => f.startsWith('settings.json.damaged-'))).toBe(true);
    expect(log.lines.some((l) => l.level === 'warn' && l.message.includes('moved to'))).toBe(true);
  });
});
