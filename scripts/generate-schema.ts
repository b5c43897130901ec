// Writes docs/schema/*.schema.json from the zod schemas of the pack source format: `npx tsx scripts/generate-schema.ts`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { jsonSchemaFiles } from '@shared/pack/json-schema';

const out = resolve(import.meta.dirname, '../docs/schema');
await mkdir(out, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  await writeFile(join(out, name), text);
  process.stdout.write(`wrote docs/schema/${name}\n`);
}
