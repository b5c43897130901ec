// The import boundaries ESLint enforces: the window never imports the engine, shared code never needs Node.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The no-restricted-imports messages ESLint gives one import line placed in the named file. */
async function refusals(file: string, line: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${line}\nexport const used = x;\n`, {
    filePath: resolve(root, file),
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.fatal)
    .map((m) => m.message);
}

describe('the renderer', () => {
  const file = 'renderer/src/game/probe.ts';

  it.each([
    "import { x } from '../../../electron/core/game-core';",
    "import { x } from '../../../electron/core/pack/index.ts';",
    "import { x } from '../../../electron/main/window';",
    "import { x } from '@core/game-core';",
    "import { x } from '@core';",
  ])('cannot import the engine or the Electron glue: %s', async (line) => {
    expect(await refusals(file, line)).toEqual([expect.stringContaining('through window.game')]);
  });

  it.each([
    "import { x } from '../../../electron/shared/contract';",
    "import { x } from '@shared/contract';",
    "import { x } from '../lib/game';",
    "import { x } from './main';",
  ])('may import shared code and its own modules: %s', async (line) => {
    expect(await refusals(file, line)).toEqual([]);
  });
});

describe('electron/shared', () => {
  const file = 'electron/shared/pack/probe.ts';

  it.each([
    "import { x } from 'node:fs';",
    "import { x } from 'fs';",
    "import { x } from 'node:crypto';",
    "import { x } from 'path';",
    "import { x } from 'fs/promises';",
  ])('cannot import a Node built-in: %s', async (line) => {
    expect(await refusals(file, line)).toEqual([expect.stringContaining('no Node built-ins')]);
  });

  it.each(["import { x } from '../../core/pack';", "import { x } from '@core/pack';"])(
    'cannot import the engine: %s',
    async (line) => {
      expect(await refusals(file, line)).toEqual([expect.stringContaining('through window.game')]);
    },
  );

  it('cannot import Electron', async () => {
    expect(await refusals(file, "import { x } from 'electron';")).toEqual([
      expect.stringContaining('without Electron'),
    ]);
  });

  it.each([
    "import { x } from 'zod';",
    "import { x } from '../result';",
    "import { x } from '@shared/result';",
  ])('may import libraries and other shared code: %s', async (line) => {
    expect(await refusals(file, line)).toEqual([]);
  });
});

describe('electron/core', () => {
  const file = 'electron/core/pack/probe.ts';

  it('may import Node built-ins and shared code', async () => {
    expect(await refusals(file, "import { x } from 'node:fs';")).toEqual([]);
    expect(await refusals(file, "import { x } from '@shared/result';")).toEqual([]);
  });

  it('cannot import Electron', async () => {
    expect(await refusals(file, "import { x } from 'electron';")).toEqual([
      expect.stringContaining('without Electron'),
    ]);
  });
});
