// Installers for Windows, macOS and Linux: what goes into the app, its file type and its hardened fuses.
import type { Configuration } from 'electron-builder';

/**
 * Electron fuses flipped in the packaged binary. Exported so the packaging tests can check them.
 *
 * grantFileProtocolExtraPrivileges is off, so file:// pages get only what a browser gives them: the main
 * process must serve the renderer through a custom protocol, not loadFile.
 */
export const fuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  grantFileProtocolExtraPrivileges: false,
  // Flipping fuses breaks the ad-hoc signature an unsigned arm64 macOS build needs to start at all; re-signing
  // needs Apple's codesign, so only a Mac can do it (elsewhere @electron/fuses would crash looking for it).
  resetAdHocDarwinSignature: process.platform === 'darwin',
} as const satisfies NonNullable<Configuration['electronFuses']>;

export const packExtension = 'rpack';
export const packMimeType = 'application/x-resonance-pack';

const config: Configuration = {
  appId: 'games.resonance.app',
  productName: 'Resonance',
  copyright: 'Copyright © 2026 The Resonance team',
  artifactName: '${productName}-${version}-${os}-${arch}.${ext}',
  directories: {
    buildResources: 'resources',
    output: 'dist',
  },

  // Only the built app and package.json go into app.asar; electron-builder adds the production
  // dependencies itself.
  files: [
    'out/**',
    // Sealed built-in packs travel beside app.asar (see extraResources), not inside it.
    '!out/packs/**',
    // Pages built for the board's end-to-end tests and benchmarks are no part of the app.
    '!out/e2e-board/**',
    '!out/bench-board/**',
    'package.json',
    // Source maps and TypeScript sources (some dependencies ship theirs) are of no use at run time.
    '!**/*.map',
    '!**/*.{ts,mts,cts,tsx}',
    '!**/node_modules/**/{test,tests,__tests__,docs,example,examples}/**',
  ],
  asar: true,
  // A production dependency npm cannot place would be left out and crash the packaged app: fail the build.
  allowMissingDependencies: false,
  // Built-in packs ship sealed (out/packs/*.rpack, made by `npm run build`), beside app.asar in
  // resources/packs. Their sources in puzzles/ hold the answers in the clear and never ship. A sealed pack
  // carries its own integrity check, so the asar integrity check would add nothing for it.
  extraResources: [{ from: 'out/packs', to: 'packs', filter: ['*.rpack'] }],
  electronFuses: fuses,

  fileAssociations: [
    {
      ext: packExtension,
      name: 'Resonance puzzle pack',
      description: 'Resonance puzzle pack',
      role: 'Viewer',
      mimeType: packMimeType,
    },
  ],

  win: {
    icon: 'resources/icons/icon.ico',
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    // One installer per architecture (named by artifactName) rather than one holding both, half the download.
    buildUniversalInstaller: false,
    // Saves and settings survive an uninstall; docs/install.md says where to delete them by hand.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.puzzle-games',
    target: [
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ],
    // Declares the .rpack type itself so Finder knows it even before a pack was ever opened.
    extendInfo: {
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: 'games.resonance.rpack',
          UTTypeDescription: 'Resonance puzzle pack',
          UTTypeConformsTo: ['public.data'],
          UTTypeTagSpecification: {
            'public.filename-extension': [packExtension],
            'public.mime-type': [packMimeType],
          },
        },
      ],
    },
  },
  dmg: {
    title: '${productName} ${version}',
  },

  linux: {
    icon: 'resources/icons/png',
    category: 'Game;LogicGame',
    maintainer: 'The Resonance team <team@example.invalid>',
    synopsis: 'Investigation and cipher-puzzle game',
    target: [
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'tar.gz', arch: ['x64', 'arm64'] },
    ],
  },
  deb: {
    packageCategory: 'games',
  },
};

export default config;
