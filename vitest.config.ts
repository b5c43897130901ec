// Unit tests run in Node; component tests run in Chromium (see tests/support/chromium.ts) through vitest's browser mode.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, chromiumArgs } from './tests/support/chromium.ts';
import { pathAliases } from './scripts/path-aliases.ts';

const root = import.meta.dirname;

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: pathAliases(root) },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/renderer/**', 'tests/e2e/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
        resolve: { alias: pathAliases(root), conditions: ['browser'] },
        // Pre-bundled up front, so the first browser run does not reload while Vite discovers them.
        optimizeDeps: { include: ['crypto-js', 'dompurify', '@xyflow/svelte', '@dagrejs/dagre'] },
        test: {
          name: 'component',
          include: ['tests/renderer/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
