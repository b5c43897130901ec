// Hostile pack sources that cannot live in fixtures: symbolic links, oversized files, missing folders.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem, LIMITS } from '@core/pack';
import { UserError } from '@shared/result';
import { materialise, tempDir } from './pack-fixtures';

describe('loading a pack source', () => {
  it('refuses a symbolic link to a file outside the pack', async () => {
    const dir = await materialise();
    await symlink('/etc/hostname', join(dir, 'files', 'inbox', 'stolen.md'));
    const { problems } = await checkPack(dir);
    expect(problems.map(formatProblem)).toContain(
      'files/inbox/stolen.md:1:1: This is a symbolic link, which a pack may not contain: replace it by a copy of the real file.',
    );
  });

  it('refuses a symbolic link to a folder and does not walk into it', async () => {
    const dir = await materialise();
    await symlink('/etc', join(dir, 'assets', 'etc'));
    const { problems } = await checkPack(dir);
    expect(problems.map((p) => p.file)).toEqual(['assets/etc']);
  });

  it('refuses a text file larger than the limit', async () => {
    const dir = await materialise();
    await writeFile(join(dir, 'clues.yaml'), 'clues: []\n' + '#'.repeat(LIMITS.maxTextFileBytes));
    const { problems } = await checkPack(dir);
    expect(problems[0]?.message).toMatch(/larger than 1024 KB/);
  });

  it('refuses folders nested deeper than the limit', async () => {
    const dir = await materialise();
    const deep = join(dir, 'files', ...Array.from({ length: LIMITS.maxFolderDepth + 1 }, (_, i) => `d${i}`));
    await mkdir(deep, { recursive: true });
    const { problems } = await checkPack(dir);
    expect(problems.some((p) => /nest more than/.test(p.message))).toBe(true);
  });

  it('throws a UserError for a folder that does not exist', async () => {
    await expect(checkPack(join(await tempDir(), 'missing'))).rejects.toThrow(UserError);
  });
});
