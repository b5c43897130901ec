// The installer configuration names every target, the .rpack file type, the hardened fuses and icons that exist.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { fuses } from '../../electron-builder.config';
import { pngSizes } from '../../scripts/generate-icons';

const root = join(import.meta.dirname, '..', '..');

interface TargetEntry {
  target: string;
  arch?: string[];
}

const targets = (platform: 'win' | 'mac' | 'linux'): TargetEntry[] => {
  const target = config[platform]?.target;
  return (Array.isArray(target) ? target : []) as TargetEntry[];
};

const archsOf = (platform: 'win' | 'mac' | 'linux', name: string): string[] =>
  targets(platform).find((entry) => entry.target === name)?.arch ?? [];

describe('the electron-builder configuration', () => {
  it('identifies the game by app id, product name and copyright', () => {
    expect(config.appId).toBe('games.resonance.app');
    expect(config.productName).toBe('Resonance');
    expect(config.copyright).toMatch(/^Copyright © \d{4} /);
  });

  it('files the game under puzzle games on macOS and Linux', () => {
    expect(config.mac?.category).toBe('public.app-category.puzzle-games');
    expect(config.linux?.category).toBe('Game;LogicGame');
  });

  it('builds a Windows NSIS installer for x64 and arm64', () => {
    expect(targets('win').map((entry) => entry.target)).toEqual(['nsis']);
    expect(archsOf('win', 'nsis')).toEqual(['x64', 'arm64']);
    expect(config.nsis?.buildUniversalInstaller).toBe(false);
    expect(config.artifactName).toContain('${arch}');
  });

  it('builds macOS dmg and zip for x64 and arm64', () => {
    expect(targets('mac').map((entry) => entry.target)).toEqual(['dmg', 'zip']);
    expect(archsOf('mac', 'dmg')).toEqual(['x64', 'arm64']);
    expect(archsOf('mac', 'zip')).toEqual(['x64', 'arm64']);
  });

  it('builds a Linux AppImage, deb and tar.gz', () => {
    expect(targets('linux').map((entry) => entry.target)).toEqual(['AppImage', 'deb', 'tar.gz']);
    for (const name of ['AppImage', 'deb', 'tar.gz']) expect(archsOf('linux', name)).toContain('x64');
  });

  it('registers .rpack as a puzzle pack the game views', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'rpack',
        name: 'Resonance puzzle pack',
        description: 'Resonance puzzle pack',
        role: 'Viewer',
        mimeType: 'application/x-resonance-pack',
      },
    ]);
  });

  it('packs only the built app and package.json into an asar, with the built-in packs beside it', () => {
    expect(config.asar).toBe(true);
    const included = (config.files as string[]).filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    expect(config.allowMissingDependencies).toBe(false);
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'out/packs', to: 'packs' })]);
  });

  it('flips every hardening fuse in the packaged binary', () => {
    expect(config.electronFuses).toBe(fuses);
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points the package scripts at this configuration file', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['package']).toMatch(
      /^npm run build && electron-builder --config electron-builder\.config\.ts$/,
    );
    expect(manifest.scripts['package:all']).toMatch(
      /electron-builder --config electron-builder\.config\.ts --win --mac --linux$/,
    );
  });
});

const pngSize = (data: Buffer): [number, number] => [data.readUInt32BE(16), data.readUInt32BE(20)];

describe('the generated icons', () => {
  it('exist wherever the configuration points', () => {
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(icon).toBeTypeOf('string');
      expect(existsSync(join(root, icon as string)), icon ?? '').toBe(true);
    }
  });

  it('include a PNG of every Linux size, rendered at that size', () => {
    for (const size of pngSizes) {
      const data = readFileSync(join(root, 'resources', 'icons', 'png', `${size}x${size}.png`));
      expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(data)).toEqual([size, size]);
    }
  });

  it('include a Windows icon with 16 to 256 pixel images', () => {
    const ico = readFileSync(join(root, 'resources', 'icons', 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, index) => ico.readUInt8(6 + index * 16) || 256);
    expect(widths).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('include a macOS icon up to 1024 pixels', () => {
    const icns = readFileSync(join(root, 'resources', 'icons', 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      types.push(icns.subarray(offset, offset + 4).toString('latin1'));
    }
    // ic10 is the 1024 pixel (512@2x) image, ic07 the 128 pixel one.
    expect(types).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07']));
  });
});
