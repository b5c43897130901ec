#!/usr/bin/env node
// The `resonance` command for pack authors. Runs the TypeScript sources directly, so no build step is needed.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig, not one near the author's working folder, so the @shared and @core aliases resolve.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../electron/cli/index.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
