// `pack new` sets up editor support that works offline: schema modelines, the schemas beside them, and
// front matter comments naming the fields.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '@core/pack/check-pack';
import { scaffold, SCHEMA_FOLDER } from '@core/pack/scaffold';
import { jsonSchemaFiles } from '@shared/pack/json-schema';
import { tempDir } from './pack-fixtures';

describe('pack new', () => {
  it('starts every YAML file with a yaml-language-server modeline pointing at a schema inside the pack', async () => {
    const dir = join(await tempDir('scaffold-'), 'case');
    const written = await scaffold(dir);
    const yamlFiles = written.filter((f) => f.endsWith('.yaml'));
    expect(yamlFiles.sort()).toEqual([
      'clues.yaml',
      'deductions.yaml',
      'pack.yaml',
      'puzzles.yaml',
      'walkthrough.yaml',
    ]);
    for (const file of yamlFiles) {
      const first = (await readFile(join(dir, file), 'utf8')).split('\n')[0]!;
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(schema, file).toBe(`${SCHEMA_FOLDER}/${file.replace('.yaml', '.schema.json')}`);
      // The path is relative to the file, so the editor finds it offline inside the pack folder.
      expect(await readFile(join(dir, schema!), 'utf8')).toBe(jsonSchemaFiles()[schema!.split('/')[1]!]);
    }
  });

  it('names the front matter fields and their schema in every Markdown file', async () => {
    const dir = join(await tempDir('scaffold-'), 'case');
    const written = await scaffold(dir);
    for (const file of written.filter((f) => f.endsWith('.md'))) {
      const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
      expect(lines[0], file).toBe('---');
      expect(lines[1], file).toMatch(
        file.startsWith('scenes/')
          ? /^# Fields \(\.schema\/scene\.schema\.json\): id, title\.$/
          : /^# Fields \(\.schema\/file\.schema\.json\): id, title, kind, chapter; optional /,
      );
    }
  });

  it('recommends the YAML extension to VS Code, and still checks without a problem', async () => {
    const dir = join(await tempDir('scaffold-'), 'case');
    await scaffold(dir);
    expect(JSON.parse(await readFile(join(dir, '.vscode/extensions.json'), 'utf8'))).toEqual({
      recommendations: ['redhat.vscode-yaml'],
    });
    expect((await checkPack(dir)).problems).toEqual([]);
  });
});
