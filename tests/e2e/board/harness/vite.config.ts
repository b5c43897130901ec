// Builds the evidence board harness page for the board's end-to-end accessibility test.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { pathAliases } from '../../../../scripts/path-aliases.ts';

const root = resolve(import.meta.dirname, '../../../..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  resolve: { alias: pathAliases(root), conditions: ['browser'] },
  logLevel: 'error',
  build: { outDir: resolve(root, 'out/e2e-board'), emptyOutDir: true, reportCompressedSize: false },
});
