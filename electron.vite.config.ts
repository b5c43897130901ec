// Builds the three processes: the main process (ESM), the sandboxed preload (one CommonJS file) and the renderer.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { eventNames, methods } from './electron/shared/contract';
import { pathAliases } from './scripts/path-aliases.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    resolve: { alias: pathAliases(root) },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: pathAliases(root) },
    define: { __CONTRACT_NAMES__: JSON.stringify({ methods, events: eventNames }) },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload may only require('electron'): bundle everything else into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    resolve: { alias: pathAliases(root) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'renderer/index.html') },
    },
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  },
});
