// Lint rules for every TypeScript and Svelte file in the project.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import svelteConfig from './svelte.config.js';

const electronOnly = ['electron', 'electron-store', 'electron-log'].map((name) => ({
  name,
  message: 'This code must run without Electron: take what you need as a parameter from electron/main.',
}));

const builtinNames = builtinModules.filter((name) => !name.startsWith('_')).join('|');
const nodeBuiltins = {
  regex: `^(node:.*|(${builtinNames})(/.*)?)$`,
  message:
    'electron/shared also runs in the window, which has no Node built-ins: move this code to electron/core.',
};

const engineMessage =
  'Only electron/main and electron/cli may import the engine (electron/core) or the Electron glue (electron/main): the window reaches them through window.game (electron/shared/contract.ts).';
/** Relative imports climbing into electron/core or electron/main: from the renderer, or from electron/shared. */
const climbFromRenderer = { regex: '^(\\.\\.?/)+electron/(core|main)(/.*)?$', message: engineMessage };
const climbFromShared = { regex: '^(\\.\\./)+(core|main)(/.*)?$', message: engineMessage };
const coreAlias = { regex: '^@core(/.*)?$', message: engineMessage };

export default ts.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // The engine and the shared contract must run without Electron: keep its import out of them.
    files: ['electron/core/**', 'electron/cli/**'],
    rules: { 'no-restricted-imports': ['error', { paths: electronOnly }] },
  },
  {
    // Shared code runs in the sandboxed window as well as in Node: no Electron, no Node built-ins, no engine.
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: electronOnly, patterns: [nodeBuiltins, climbFromShared, coreAlias] },
      ],
    },
  },
  {
    // The window reaches the engine only through window.game: never by importing it.
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [climbFromRenderer, coreAlias] }],
    },
  },
);
