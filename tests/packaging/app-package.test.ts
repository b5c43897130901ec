// Packages the project with electron-builder against a stub Electron and checks what lands in app.asar and beside it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtAppFixture,
  copyProject,
  fixturePack,
  writeStubElectron,
  writeStubElectronApp,
} from './stub-electron';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface Manifest {
  main?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readManifest = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

/** Every package name reachable from the root's production dependencies, resolved the way Node does. */
function productionClosure(projectRoot: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (packageDir: string, manifest: Manifest): void => {
    const wanted = {
      ...manifest.peerDependencies,
      ...manifest.optionalDependencies,
      ...manifest.dependencies,
    };
    for (const name of Object.keys(wanted)) {
      for (let dir = packageDir; ; dir = dirname(dir)) {
        const candidate = join(dir, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) {
          names.add(name);
          if (!seen.has(candidate)) {
            seen.add(candidate);
            visit(candidate, readManifest(join(candidate, 'package.json')));
          }
          break;
        }
        if (dir === projectRoot || dirname(dir) === dir) break;
      }
    }
  };
  visit(projectRoot, readManifest(join(projectRoot, 'package.json')));
  return names;
}

/** Package names of every node_modules folder in the archive, nested ones included. */
function packagedModuleNames(entries: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(entry);
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return names;
}

function filesUnder(base: string, folder: string): string[] {
  return readdirSync(join(base, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(join(base, path)).isFile())
    .map((path) => path.split('\\').join('/'));
}

let work = '';
let appOutDir = '';
let archive = '';
let entries: string[] = [];
let macContents = '';

/** Runs electron-builder from the project copy for one platform, into its own output folder. */
async function pack(
  project: string,
  platform: '--linux' | '--mac',
  electronDist: string,
  output: string,
): Promise<void> {
  await run(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      platform,
      'dir',
      '--x64',
      '--publish',
      'never',
      '--config',
      'electron-builder.config.ts',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
      // node_modules is hard-linked to the real one: never let a native rebuild write through the links.
      '-c.npmRebuild=false',
    ],
    {
      cwd: project,
      env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'resonance-packaging-'));
  const project = join(work, 'project');
  copyProject(root, project);
  writeStubElectron(join(work, 'electron-linux'));
  writeStubElectronApp(join(work, 'electron-mac'));
  await Promise.all([
    pack(project, '--linux', join(work, 'electron-linux'), join(work, 'dist-linux')),
    pack(project, '--mac', join(work, 'electron-mac'), join(work, 'dist-mac')),
  ]);
  appOutDir = join(work, 'dist-linux', 'linux-unpacked');
  archive = join(appOutDir, 'resources', 'app.asar');
  entries = listPackage(archive, { isPack: false }).map((entry) =>
    entry.split('\\').join('/').replace(/^\//, ''),
  );
  macContents = join(work, 'dist-mac', 'mac', 'Resonance.app', 'Contents');
}, 240_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packaged app', () => {
  it('holds the built main process, preload and renderer', () => {
    for (const path of Object.keys(builtAppFixture).filter((path) => !path.endsWith('.map'))) {
      expect(entries).toContain(path);
    }
  });

  it('holds a package.json whose main entry is the built main process', () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as Manifest;
    expect(manifest.main?.replace(/^\.\//, '')).toBe('out/main/index.js');
    expect(entries).toContain(manifest.main?.replace(/^\.\//, ''));
  });

  it('has only the built app, package.json and node_modules at its top level', () => {
    const top = new Set(entries.map((entry) => entry.split('/')[0]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json']);
  });

  it('holds every production dependency named in package.json', () => {
    const manifest = readManifest(join(root, 'package.json'));
    const packaged = packagedModuleNames(entries);
    for (const name of [...Object.keys(manifest.dependencies ?? {}), 'crypto-js', 'zod', 'yaml']) {
      expect(packaged, name).toContain(name);
    }
  });

  it('holds the whole production dependency tree, dependencies of dependencies included', () => {
    const packaged = packagedModuleNames(entries);
    const missing = [...productionClosure(root)].filter((name) => !packaged.has(name));
    expect(missing).toEqual([]);
  });

  it('holds no package outside the production dependency tree', () => {
    const allowed = productionClosure(root);
    const strays = [...packagedModuleNames(entries)].filter((name) => !allowed.has(name));
    expect(strays).toEqual([]);
  });

  it('leaves out development tools', () => {
    const packaged = packagedModuleNames(entries);
    for (const name of [
      'vitest',
      'svelte',
      'typescript',
      'electron',
      'playwright',
      'electron-builder',
      'vite',
      'eslint',
      'tsx',
    ]) {
      expect(packaged, name).not.toContain(name);
    }
  });

  it('leaves out sources, tests, docs and source maps', () => {
    const outsideModules = entries.filter((entry) => !entry.startsWith('node_modules/'));
    for (const folder of ['electron/', 'renderer/', 'tests/', 'docs/', 'scripts/', 'resources/', 'bin/']) {
      expect(outsideModules.filter((entry) => entry.startsWith(folder))).toEqual([]);
    }
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(outsideModules.filter((entry) => /\.(?:[cm]?ts|tsx|svelte)$/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /\.[cm]?ts$/.test(entry) && !/\.d\.[cm]?ts$/.test(entry))).toEqual([]);
  });

  it('puts only the sealed built-in packs beside app.asar in the resources folder', () => {
    expect(readdirSync(join(appOutDir, 'resources')).sort()).toEqual(['app.asar', 'packs']);
  });

  it('ships every sealed built-in pack as it was built, and nothing else in its folder', () => {
    const resources = join(appOutDir, 'resources');
    expect(filesUnder(resources, 'packs')).toEqual(['packs/packaging-check.rpack']);
    for (const [path, text] of Object.entries(fixturePack)) {
      expect(readFileSync(join(resources, path.replace('out/', '')), 'utf8')).toBe(text);
    }
  });

  it('never ships pack sources, whose answers are in the clear', () => {
    expect(entries.filter((entry) => entry.startsWith('puzzles') || entry.startsWith('out/packs'))).toEqual(
      [],
    );
    const resources = join(appOutDir, 'resources');
    expect(existsSync(join(resources, 'puzzles'))).toBe(false);
    expect(entries.filter((entry) => entry.endsWith('.yaml'))).toEqual([]);
  });

  it('never ships the test and benchmark pages built under out/', () => {
    expect(entries.filter((entry) => /^out\/(e2e-board|bench-board)/.test(entry))).toEqual([]);
  });

  it('names the executable after the product and keeps no stray files beside it', () => {
    expect(readdirSync(appOutDir).sort()).toEqual(['resonance', 'resources']);
  });
});

describe('the fuses flipped in the packaged executable', () => {
  it('turn off running as Node, NODE_OPTIONS, inspect arguments and file:// extra privileges', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'resonance'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });

  it('turn on cookie encryption, loading only from app.asar and the asar integrity check', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'resonance'));
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });
});

/** The plist as one line without the indentation between tags, so nested keys can be matched as text. */
const compactPlist = (path: string): string => readFileSync(path, 'utf8').replace(/>\s+</g, '><');

describe('the packaged macOS app', () => {
  it('registers .rpack as a document type it views', () => {
    const info = compactPlist(join(macContents, 'Info.plist'));
    expect(info).toContain(
      '<key>CFBundleDocumentTypes</key><array><dict><key>CFBundleTypeExtensions</key><array><string>rpack</string></array>',
    );
    expect(info).toContain('<key>CFBundleTypeName</key><string>Resonance puzzle pack</string>');
    expect(info).toContain('<key>CFBundleTypeRole</key><string>Viewer</string>');
  });

  it('declares the .rpack type with its MIME type', () => {
    const info = compactPlist(join(macContents, 'Info.plist'));
    expect(info).toContain('<key>UTTypeIdentifier</key><string>games.resonance.rpack</string>');
    expect(info).toContain(
      '<key>public.mime-type</key><array><string>application/x-resonance-pack</string></array>',
    );
  });

  it('carries the app id, the puzzle-games category and the asar integrity hash', () => {
    const info = compactPlist(join(macContents, 'Info.plist'));
    expect(info).toContain('<key>CFBundleIdentifier</key><string>games.resonance.app</string>');
    expect(info).toContain(
      '<key>LSApplicationCategoryType</key><string>public.app-category.puzzle-games</string>',
    );
    expect(info).toMatch(
      /<key>ElectronAsarIntegrity<\/key><dict><key>Resources\/app\.asar<\/key><dict><key>algorithm<\/key><string>SHA256<\/string><key>hash<\/key><string>[0-9a-f]{64}<\/string>/,
    );
  });

  it('ships the icon, app.asar and the built-in packs in its Resources folder', () => {
    expect(readdirSync(join(macContents, 'Resources')).sort()).toEqual(['app.asar', 'icon.icns', 'packs']);
  });

  it('flips the same fuses in the Electron framework', async () => {
    const wire = await getCurrentFuseWire(join(macContents, '..'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  });
});
