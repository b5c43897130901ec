// A stand-in Electron folder and a throwaway project copy, so electron-builder can package without the real binary.
import {
  copyFileSync,
  cpSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { FuseV1Options, FuseState } from '@electron/fuses';

// The marker @electron/fuses searches for in a binary; the fuse wire follows it.
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuse states a freshly downloaded Electron ships with, so every fuse the config sets must really flip. */
export const electronDefaultFuses: Record<FuseV1Options, FuseState> = {
  [FuseV1Options.RunAsNode]: FuseState.ENABLE,
  [FuseV1Options.EnableCookieEncryption]: FuseState.DISABLE,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.ENABLE,
  [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.ENABLE,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.DISABLE,
  [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.DISABLE,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.ENABLE,
  [FuseV1Options.WasmTrapHandlers]: FuseState.ENABLE,
};

/**
 * Writes a folder electron-builder accepts as `electronDist`: one executable `electron` file. It is a shell
 * script that does nothing, followed by a version-1 fuse wire, so @electron/fuses can flip and read it.
 */
export function writeStubElectron(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const wire = Object.values(electronDefaultFuses);
  const bytes = Buffer.concat([
    Buffer.from('#!/bin/sh\nexit 0\n'),
    Buffer.from(fuseSentinel),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('\n'),
  ]);
  const binary = join(folder, 'electron');
  writeFileSync(binary, bytes, { mode: 0o755 });
  return binary;
}

const plist = (executable: string, identifier: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0"><dict>',
    `<key>CFBundleExecutable</key><string>${executable}</string>`,
    `<key>CFBundleIdentifier</key><string>${identifier}</string>`,
    `<key>CFBundleName</key><string>${executable}</string>`,
    '<key>CFBundleIconFile</key><string>electron.icns</string>',
    '</dict></plist>',
    '',
  ].join('\n');

/**
 * Writes a folder electron-builder accepts as a macOS `electronDist`: an Electron.app bundle with the pieces
 * it renames and edits (Info.plist files, the helper app, the framework binary that carries the fuse wire).
 */
export function writeStubElectronApp(folder: string): void {
  const stubBinary = writeStubElectron(join(folder, '.binary'));
  const contents = join(folder, 'Electron.app', 'Contents');
  const helper = join(contents, 'Frameworks', 'Electron Helper.app', 'Contents');
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework');
  for (const dir of [
    join(contents, 'MacOS'),
    join(contents, 'Resources'),
    join(helper, 'MacOS'),
    framework,
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(join(contents, 'Info.plist'), plist('Electron', 'com.github.Electron'));
  writeFileSync(join(helper, 'Info.plist'), plist('Electron Helper', 'com.github.Electron.helper'));
  writeFileSync(join(contents, 'Resources', 'electron.icns'), '');
  copyFileSync(stubBinary, join(contents, 'MacOS', 'Electron'));
  copyFileSync(stubBinary, join(helper, 'MacOS', 'Electron Helper'));
  copyFileSync(stubBinary, join(framework, 'Electron Framework'));
  rmSync(join(folder, '.binary'), { recursive: true });
}

/** What a build leaves in out/: the three processes plus the source maps that must not ship. */
export const builtAppFixture: Record<string, string> = {
  'out/main/index.js': 'console.log("main");\n',
  'out/main/index.js.map': '{"version":3,"sources":[],"mappings":""}\n',
  'out/preload/index.cjs': '"use strict";\n',
  'out/renderer/index.html':
    '<!doctype html><title>Resonance</title><script type="module" src="./assets/index.js"></script>\n',
  'out/renderer/assets/index.js': 'export {};\n',
  'out/renderer/assets/index.js.map': '{"version":3,"sources":[],"mappings":""}\n',
};

/** Test and benchmark pages that builds of the test harnesses leave in out/: they must never ship. */
export const harnessPagesFixture: Record<string, string> = {
  'out/e2e-board/index.html': '<!doctype html><title>board test page</title>\n',
  'out/bench-board/index.html': '<!doctype html><title>board bench page</title>\n',
};

/** A sealed built-in pack as `npm run build` leaves it, and a pack source that must never ship. */
export const fixturePack: Record<string, string> = {
  'out/packs/packaging-check.rpack': 'PK-stand-in-for-a-sealed-pack\n',
};
export const fixturePackSource: Record<string, string> = {
  'puzzles/packaging-check/pack.yaml': 'id: packaging-check\ntitle: Packaging check\n',
  'puzzles/packaging-check/puzzles.yaml': 'puzzles:\n  - id: p-one\n    answers: [secret-answer]\n',
};

// Folders of the working tree that are generated or huge and never part of a project copy.
const skippedAtRoot = new Set([
  '.git',
  'node_modules',
  'out',
  'dist',
  'coverage',
  'test-results',
  'playwright-report',
  'blob-report',
]);

/**
 * Mirrors a folder tree with hard links (a plain copy where the file system refuses them). A symlinked
 * node_modules will not do: npm then lists every package as an outside link whose dependencies are missing,
 * and electron-builder silently leaves those dependencies out.
 */
export function linkTree(source: string, target: string, skip: ReadonlySet<string> = new Set()): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else if (entry.isDirectory()) linkTree(from, to);
    else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  }
}

/**
 * Copies the project (sources, tests, docs and all, so their absence from the package means something) into
 * `target` with its node_modules, and puts the built-app fixture and the fixture pack in.
 */
export function copyProject(root: string, target: string): void {
  cpSync(root, target, {
    recursive: true,
    filter: (source) => {
      const rel = relative(root, source);
      const top = rel.split(sep)[0] ?? '';
      return !skippedAtRoot.has(top);
    },
  });
  // Caches of the dev tools are no part of the installed tree.
  linkTree(
    join(root, 'node_modules'),
    join(target, 'node_modules'),
    new Set(['.vite', '.vite-temp', '.cache']),
  );
  for (const [path, text] of Object.entries({
    ...builtAppFixture,
    ...harnessPagesFixture,
    ...fixturePack,
    ...fixturePackSource,
  })) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
}
