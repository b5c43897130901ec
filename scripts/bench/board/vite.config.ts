// Builds the board bench page: our board and bare Svelte Flow, chosen by the address.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { pathAliases } from '../../path-aliases.ts';

const root = resolve(import.meta.dirname, '../../..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  resolve: { alias: pathAliases(root), conditions: ['browser'] },
  logLevel: 'warn',
  build: { outDir: resolve(root, 'out/bench-board'), emptyOutDir: true, reportCompressedSize: false },
  server: { fs: { allow: [root] } },
});
