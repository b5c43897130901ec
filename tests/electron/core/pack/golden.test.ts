// Golden tests: each broken pack fixture is checked and its problems compared with expected.txt.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, formatProblem } from '@core/pack';
import { caseNames, FIXTURES, materialise } from './pack-fixtures';

const cases = await caseNames();

describe('pack check golden files', () => {
  it('has broken pack fixtures to compare', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it('finds no problems in the base pack', async () => {
    const { problems } = await checkPack(await materialise());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it.each(cases)('reports exactly the expected problems for %s', async (name) => {
    const dir = await materialise(name);
    const { problems } = await checkPack(dir);
    const actual = problems.map(formatProblem).join('\n') + '\n';
    const file = join(FIXTURES, name, 'expected.txt');
    if (process.env['UPDATE_GOLDEN'] === '1') await writeFile(file, actual);
    expect(actual).toBe(await readFile(file, 'utf8'));
  });
});
