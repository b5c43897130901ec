// The JSON Schema files in docs/schema must match what the zod schemas generate today.
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '@shared/pack';

const dir = resolve(import.meta.dirname, '../../../../docs/schema');

describe('published JSON Schemas', () => {
  const files = jsonSchemaFiles();

  it.each(Object.keys(files))(
    'docs/schema/%s is up to date (run npx tsx scripts/generate-schema.ts)',
    async (name) => {
      expect(await readFile(resolve(dir, name), 'utf8')).toBe(files[name]);
    },
  );

  it('has no stale schema files', async () => {
    expect((await readdir(dir)).sort()).toEqual(Object.keys(files).sort());
  });

  it('lists every required pack.yaml field and forbids unknown ones', () => {
    const pack = JSON.parse(files['pack.schema.json']!) as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(pack.required).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'version',
        'formatVersion',
        'author',
        'license',
        'description',
        'language',
        'chapters',
      ]),
    );
    expect(pack.required).not.toContain('linkTypes');
    expect(pack.additionalProperties).toBe(false);
  });
});
